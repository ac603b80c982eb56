using System.ComponentModel.DataAnnotations;

namespace OncologyBilling.Api.Contracts;

/// <summary>Containers of one size opened for a dose.</summary>
public sealed record VialInput
{
    /// <summary>Labelled amount of one container.</summary>
    [Required]
    public QuantityInput? Size { get; init; }

    /// <summary>How many containers of this size were opened (1 or more).</summary>
    /// <example>2</example>
    [Required]
    public int? Count { get; init; }

    /// <summary>True for a single-dose (single-use) container per FDA labelling: decides JW/JZ.</summary>
    public bool? SingleDose { get; init; }
}
