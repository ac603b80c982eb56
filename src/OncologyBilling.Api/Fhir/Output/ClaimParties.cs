using Hl7.Fhir.Model;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Fhir.Input;

namespace OncologyBilling.Api.Fhir.Output;

/// <summary>
/// Who the Claim is about and from: references only. From a Bundle they point at its resources; from a JSON request
/// they carry the identifiers it sent, or say what was not sent. No patient detail is copied into the Claim.
/// </summary>
internal sealed record ClaimParties(ResourceReference Patient, ResourceReference Provider, ResourceReference Coverage, ResourceReference? Encounter)
{
    public static ClaimParties From(ScrubRequest request) => new(
        request.Patient?.Id is { } patient ? new ResourceReference { Identifier = new Identifier { Value = patient } } : NotSent("patient"),
        NpiProvider(request.BillingProvider?.Npi),
        PayerCoverage(request.Payer?.Type ?? PayerType.Medicare),
        null);

    public static ClaimParties From(ScrubRequest request, BundleReferences references) => new(
        references.Patient ?? NotSent("patient"),
        references.Provider ?? NpiProvider(request.BillingProvider?.Npi),
        references.Coverage ?? PayerCoverage(request.Payer?.Type ?? PayerType.Medicare),
        references.Encounter);

    private static ResourceReference NpiProvider(string? npi) =>
        npi is null ? NotSent("billing provider NPI") : new ResourceReference { Identifier = new Identifier(FhirSystems.Npi, npi) };

    // Claim.insurance.coverage is 1..1; without a Coverage resource the payer type the claim was scrubbed for is all there is.
    private static ResourceReference PayerCoverage(PayerType payer) => new() { Display = $"{payer} (payer type the claim was scrubbed for)" };

    private static ResourceReference NotSent(string what) => new() { Display = $"{what} not sent" };
}
