using System.ComponentModel.DataAnnotations;

namespace OncologyBilling.Api.Contracts;

/// <summary>An amount with its unit.</summary>
public sealed record QuantityInput
{
    /// <summary>A positive amount.</summary>
    /// <example>200</example>
    [Required]
    public decimal? Amount { get; init; }

    /// <summary>mg, mcg, g, mL or units.</summary>
    [Required]
    public DoseUnit? Unit { get; init; }
}
