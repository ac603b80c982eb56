namespace OncologyBilling.Api.Contracts;

/// <summary>The payer of the claim.</summary>
public sealed record PayerInput
{
    /// <summary>medicare (default), medicareAdvantage, medicaid, commercial or selfPay.</summary>
    public PayerType? Type { get; init; }

    /// <summary>The payer's identifier, if known.</summary>
    public string? Id { get; init; }

    /// <summary>The payer's name, for the 837 payer loop (2010BB NM103) only.</summary>
    /// <example>MEDICARE</example>
    public string? Name { get; init; }
}
