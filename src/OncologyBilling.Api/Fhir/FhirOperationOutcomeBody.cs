namespace OncologyBilling.Api.Fhir;

/// <summary>
/// A FHIR R4 OperationOutcome: one issue per problem, with severity, code, diagnostics (the message) and expression
/// (the FHIRPath of the element, such as Bundle.entry[3].resource.effectivePeriod.end). Documented for OpenAPI only.
/// </summary>
public sealed record FhirOperationOutcomeBody
{
    /// <summary>Always "OperationOutcome".</summary>
    /// <example>OperationOutcome</example>
    public string? ResourceType { get; init; }

    /// <summary>The issues.</summary>
    public IReadOnlyList<object>? Issue { get; init; }
}
