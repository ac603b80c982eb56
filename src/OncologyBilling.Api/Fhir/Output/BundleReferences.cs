using Hl7.Fhir.Model;

namespace OncologyBilling.Api.Fhir.Output;

/// <summary>References into the posted Bundle for the Claim: its Patient (as the Encounter's subject), provider, Encounter and Coverage.</summary>
internal sealed record BundleReferences(
    ResourceReference? Patient, ResourceReference? Provider, ResourceReference? Encounter, ResourceReference? Coverage = null);
