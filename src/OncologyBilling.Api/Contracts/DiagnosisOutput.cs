namespace OncologyBilling.Api.Contracts;

/// <summary>A diagnosis on the claim.</summary>
public sealed record DiagnosisOutput
{
    /// <summary>1-based diagnosis pointer, as used in a line's diagnosisPointers.</summary>
    public required int Pointer { get; init; }

    /// <summary>ICD-10-CM code in dotted form.</summary>
    /// <example>Z51.11</example>
    public required string Code { get; init; }
}
