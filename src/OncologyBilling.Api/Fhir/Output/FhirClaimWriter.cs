using Hl7.Fhir.Model;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Fhir.Input;

namespace OncologyBilling.Api.Fhir.Output;

/// <summary>
/// The scrubbed claim as a FHIR R4 Claim (use = claim, type professional or institutional) and its findings as an
/// OperationOutcome, together in a collection Bundle. A claim that needs review or is rejected is a draft, never active.
/// </summary>
internal static class FhirClaimWriter
{
    public const string ClaimType = "http://terminology.hl7.org/CodeSystem/claim-type";
    public const string Priority = "http://terminology.hl7.org/CodeSystem/processpriority";

    // outcomeId: the OperationOutcome entry's id; a new one when not given (the OpenAPI example fixes it).
    public static Bundle Write(ScrubbedClaim scrubbed, ClaimParties parties, DateTimeOffset created, Guid? outcomeId = null)
    {
        var claim = new Claim
        {
            Id = scrubbed.RunId.ToString(),
            Identifier = [new Identifier("urn:ietf:rfc:3986", $"urn:uuid:{scrubbed.RunId}")],
            Status = scrubbed.Status == ClaimStatus.Clean ? FinancialResourceStatusCodes.Active : FinancialResourceStatusCodes.Draft,
            Type = new CodeableConcept(ClaimType, scrubbed.ClaimType == Scrubber.Model.ClaimType.Institutional ? "institutional" : "professional"),
            Use = ClaimUseCode.Claim,
            Patient = parties.Patient,
            Created = created.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            Provider = parties.Provider,
            Priority = new CodeableConcept(Priority, "normal"),
            Insurance = [new Claim.InsuranceComponent { Sequence = 1, Focal = true, Coverage = parties.Coverage }],
            Diagnosis = [.. scrubbed.Diagnoses.Select(d => new Claim.DiagnosisComponent
            {
                Sequence = d.Pointer,
                Diagnosis = new CodeableConcept(FhirSystems.Icd10Cm, d.Code),
            })],
            Item = [.. scrubbed.Lines.Select(l => ClaimItems.From(l, scrubbed.DateOfService, parties.Encounter))],
        };
        var outcome = FindingOutcome.From(scrubbed);
        return new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Entry =
            [
                new Bundle.EntryComponent { FullUrl = $"urn:uuid:{scrubbed.RunId}", Resource = claim },
                new Bundle.EntryComponent { FullUrl = $"urn:uuid:{outcomeId ?? Guid.CreateVersion7()}", Resource = outcome },
            ],
        };
    }
}
