using System.ComponentModel.DataAnnotations;

namespace OncologyBilling.Api.Contracts;

/// <summary>A prior authorization on file.</summary>
public sealed record PriorAuthorizationInput
{
    /// <summary>Authorization number.</summary>
    [Required]
    public string? Number { get; init; }

    /// <summary>HCPCS codes it covers.</summary>
    public IReadOnlyList<string?>? Hcpcs { get; init; }
}
