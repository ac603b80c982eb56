using Hl7.Fhir.Model;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// A person's name for the 837: the official one (HumanName.use = official), else the only one. Two names and no
/// official one is a choice the endpoint does not make: nothing is read, and the trace points at name.
/// </summary>
internal static class HumanNames
{
    public static (string? Last, string? First) Read(MappingState state, List<HumanName> names, string path, string field)
    {
        var index = names.FindIndex(n => n.Use == HumanName.NameUse.Official);
        if (index < 0 && names.Count == 1)
        {
            index = 0;
        }

        if (index < 0)
        {
            state.Trace.Add($"{field}.lastName", $"{path}.name");
            state.Trace.Add($"{field}.firstName", $"{path}.name");
            return (null, null);
        }

        var name = names[index];
        state.Trace.Add($"{field}.lastName", $"{path}.name[{index}].family");
        state.Trace.Add($"{field}.firstName", $"{path}.name[{index}].given[0]");
        return (name.Family, name.Given.FirstOrDefault());
    }
}
