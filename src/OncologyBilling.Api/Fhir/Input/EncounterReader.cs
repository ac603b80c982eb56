using Hl7.Fhir.Model;
using Encounter = Hl7.Fhir.Model.Encounter;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>The Encounter: its id, class (ambulatory only), setting from its Location's type, and date of service.</summary>
internal static class EncounterReader
{
    public const string AllEncounters = "Bundle.entry.resource.ofType(Encounter)";

    public static (Encounter Resource, string Path)? Read(MappingState state)
    {
        var encounters = state.Bundle.OfType<Encounter>().ToList();
        if (encounters.Count != 1)
        {
            state.Issue(AllEncounters, $"The Bundle must hold exactly one Encounter; it holds {encounters.Count}.", OperationOutcome.IssueType.Required);
            foreach (var field in new[] { "encounterId", "setting", "dateOfService" })
            {
                state.Trace.Add(field, AllEncounters);
            }

            return null;
        }

        var (encounter, path) = encounters[0];
        state.Trace.Add("encounterId", $"{path}.id");
        state.Trace.Add("dateOfService", $"{path}.period.start");
        state.Trace.Add("setting", $"{path}.location");
        // Class is one Coding (1..1); wrapped so that it is looked up like every other coding.
        state.Lookup("class", new CodeableConcept { Coding = [encounter.Class] }, $"{path}.class");

        return (encounter, path);
    }

    /// <summary>The first Location whose type has a coding in a read system decides; none leaves the setting unsent.</summary>
    public static CareSetting? Setting(MappingState state, Encounter encounter, string path)
    {
        for (var i = 0; i < encounter.Location.Count; i++)
        {
            if (state.Bundle.Resolve<Location>(encounter.Location[i].Location, encounter, path) is not var (location, resolved))
            {
                continue;
            }

            var typed = location.Type.Select((t, k) => (Type: t, Path: $"{resolved}.type[{k}]"))
                .FirstOrDefault(t => t.Type.Coding.Any(c => state.Codes.Reads("setting", c.System)));
            if (typed.Type is not null)
            {
                state.Trace.Add("setting", typed.Path);
                var value = state.Lookup("setting", typed.Type, typed.Path);
                return value is null ? null : Enum.Parse<CareSetting>(value, ignoreCase: true);
            }
        }

        return null;
    }

    public static DateOnly? DateOfService(Encounter encounter) => FhirDates.Date(encounter.Period?.Start);
}
