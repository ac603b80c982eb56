namespace OncologyBilling.Api.Contracts;

/// <summary>A drug reference: hcpcs or name is required.</summary>
public sealed record DrugInput
{
    /// <summary>HCPCS Level II code, such as J9271.</summary>
    /// <example>J9267</example>
    public string? Hcpcs { get; init; }

    /// <summary>Generic or brand name, case-insensitive.</summary>
    /// <example>paclitaxel</example>
    public string? Name { get; init; }

    /// <summary>NDC in a hyphenated 10-digit form (4-4-2, 5-3-2, 5-4-1) or 11 digits (5-4-2).</summary>
    /// <example>0006-3026-02</example>
    public string? Ndc { get; init; }
}
