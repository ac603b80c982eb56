using Hl7.Fhir.Model;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Fhir.Input;

namespace OncologyBilling.Api.Fhir.Output;

/// <summary>
/// One claim line as a Claim.item: CPT (5 digits) or HCPCS Level II (a letter and 4 digits) code, modifiers, units,
/// service date, diagnosis pointers; a drug line carries its NDC in item.detail.
/// </summary>
internal static class ClaimItems
{
    public static Claim.ItemComponent From(LineOutput line, DateOnly dateOfService, ResourceReference? encounter)
    {
        var item = new Claim.ItemComponent
        {
            Sequence = line.Line,
            ProductOrService = new CodeableConcept(SystemOf(line.Code), line.Code),
            Modifier = [.. line.Modifiers.Select(m => new CodeableConcept(SystemOf(m), m))],
            Quantity = new Hl7.Fhir.Model.Quantity { Value = line.Units },
            Serviced = new Date((line.ServiceDate ?? dateOfService).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            DiagnosisSequenceElement = [.. line.DiagnosisPointers.Select(p => new PositiveInt(p))],
        };
        if (encounter is not null)
        {
            item.Encounter = [encounter];
        }

        if (line.Ndc is { } ndc)
        {
            item.Detail = [new Claim.DetailComponent { Sequence = 1, ProductOrService = new CodeableConcept(FhirSystems.Ndc, ndc) }];
        }

        return item;
    }

    /// <summary>CPT codes and modifiers start with a digit (96413, 25); HCPCS Level II ones with a letter (J9267, JW).</summary>
    public static string SystemOf(string code) => char.IsAsciiDigit(code[0]) ? FhirSystems.Cpt : FhirSystems.Hcpcs;
}
