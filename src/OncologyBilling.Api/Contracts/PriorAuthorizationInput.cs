namespace OncologyBilling.Api.Contracts;

/// <summary>A prior authorization on file.</summary>
public sealed record PriorAuthorizationInput
{
    /// <summary>Authorization number.</summary>
    public string? Number { get; init; }

    /// <summary>HCPCS codes it covers.</summary>
    public IReadOnlyList<string?>? Hcpcs { get; init; }
}
