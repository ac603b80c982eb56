namespace OncologyBilling.Api.Contracts;

/// <summary>The billing provider or entity.</summary>
public sealed record BillingProviderInput
{
    /// <summary>10-digit NPI that passes the Luhn check with prefix 80840.</summary>
    /// <example>1234567893</example>
    public string? Npi { get; init; }

    /// <summary>True when the billing entity is a 340B covered entity (decides TB/JG modifiers).</summary>
    public bool? Is340BCoveredEntity { get; init; }
}
