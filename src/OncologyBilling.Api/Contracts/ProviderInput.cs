namespace OncologyBilling.Api.Contracts;

/// <summary>A person who rendered or attended the services.</summary>
public sealed record ProviderInput
{
    /// <summary>10-digit NPI that passes the Luhn check with prefix 80840.</summary>
    /// <example>1245319599</example>
    public string? Npi { get; init; }

    public string? LastName { get; init; }

    public string? FirstName { get; init; }
}
