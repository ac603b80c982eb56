namespace OncologyBilling.Api.Fhir;

/// <summary>
/// With Accept: application/fhir+json, a FHIR R4 Bundle (type collection) of two resources: the Claim (use claim, type
/// professional or institutional; status active only for a clean claim, else draft; item with CPT/HCPCS
/// productOrService, modifier, quantity, servicedDate, diagnosisSequence and the NDC in item.detail; diagnosis with
/// sequence) and an OperationOutcome with one issue per finding (details.coding = the rule id). Documented for OpenAPI
/// only; see docs/fhir.md.
/// </summary>
public sealed record FhirClaimBundleBody
{
    /// <summary>Always "Bundle".</summary>
    /// <example>Bundle</example>
    public string? ResourceType { get; init; }

    /// <summary>Always "collection".</summary>
    /// <example>collection</example>
    public string? Type { get; init; }

    /// <summary>entry[0].resource is the Claim, entry[1].resource the OperationOutcome.</summary>
    public IReadOnlyList<object>? Entry { get; init; }
}
