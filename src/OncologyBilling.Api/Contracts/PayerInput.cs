namespace OncologyBilling.Api.Contracts;

/// <summary>The payer of the claim.</summary>
public sealed record PayerInput
{
    /// <summary>medicare (default), medicareAdvantage, medicaid, commercial or selfPay.</summary>
    public PayerType? Type { get; init; }

    /// <summary>The payer's identifier, if known.</summary>
    public string? Id { get; init; }
}
