using Hl7.Fhir.Model;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>FHIR Quantities to the contract's amounts: the UCUM code decides the unit; a unit we do not bill in is refused.</summary>
internal static class Quantities
{
    private static readonly Dictionary<string, DoseUnit> Units = new(StringComparer.Ordinal)
    {
        ["mg"] = DoseUnit.Mg, ["ug"] = DoseUnit.Mcg, ["g"] = DoseUnit.G, ["mL"] = DoseUnit.ML, ["U"] = DoseUnit.Units, ["[iU]"] = DoseUnit.Units,
    };

    public static QuantityInput Read(MappingState state, Hl7.Fhir.Model.Quantity quantity, string path, string requestPath)
    {
        state.Trace.Add(requestPath, path);
        state.Trace.Add($"{requestPath}.amount", $"{path}.value");
        state.Trace.Add($"{requestPath}.unit", $"{path}.code");
        DoseUnit? unit = null;
        if (quantity.System is not null and not FhirSystems.Ucum)
        {
            state.Issue($"{path}.system", "Send the unit as a UCUM code (system http://unitsofmeasure.org).", OperationOutcome.IssueType.CodeInvalid);
        }
        else if (quantity.Code is not null && Units.TryGetValue(quantity.Code, out var known))
        {
            unit = known;
        }
        else if (quantity.Code is not null)
        {
            state.Issue($"{path}.code", "The UCUM unit must be mg, ug, g, mL, U or [iU].", OperationOutcome.IssueType.CodeInvalid);
        }

        return new QuantityInput { Amount = quantity.Value, Unit = unit };
    }
}
