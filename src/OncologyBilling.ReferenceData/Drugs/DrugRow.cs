using OncologyBilling.ReferenceData.Vocabulary;

namespace OncologyBilling.ReferenceData.Drugs;

/// <summary>One drug of the catalog (coding-rules.md §10): code, billing unit, default category and container.</summary>
public sealed record DrugRow
{
    public required string Hcpcs { get; init; }
    public required string Generic { get; init; }
    public IReadOnlyList<string> Brands { get; init; } = [];
    public required BillingUnit BillingUnit { get; init; }
    /// <summary>The default category (CLS-01…03); null only on a row that is not curated (<see cref="Curated"/>).</summary>
    public required DrugCategory? Category { get; init; }
    public required ContainerType Container { get; init; }

    /// <summary>Labelled container sizes in the billing unit's unit, smallest first (for DRG-WASTE-08).</summary>
    public IReadOnlyList<decimal> VialSizes { get; init; } = [];

    /// <summary>Z51 code suggested when this drug is the reason for the encounter (DX-05); null when UNCONFIRMED.</summary>
    public string? Z51 { get; init; }
    /// <summary>
    /// False for a row made from the CMS files alone (an active HCPCS code outside the curated catalog, DRG-CODE-05):
    /// its billing unit is official, its category, container and Z51 are unknown and must come from the request.
    /// </summary>
    public bool Curated { get; init; } = true;

    public DateOnly EffectiveFrom { get; init; } = new(2000, 1, 1);
    public DateOnly? EffectiveTo { get; init; }

    public bool IsEffectiveOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}
