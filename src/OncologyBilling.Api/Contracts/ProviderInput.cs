namespace OncologyBilling.Api.Contracts;

/// <summary>A person who rendered or attended the services.</summary>
public sealed record ProviderInput
{
    /// <summary>10-digit NPI that passes the Luhn check with prefix 80840.</summary>
    /// <example>1245319599</example>
    public string? Npi { get; init; }

    /// <summary>Last name (NM103).</summary>
    public string? LastName { get; init; }

    /// <summary>First name (NM104).</summary>
    public string? FirstName { get; init; }
}
