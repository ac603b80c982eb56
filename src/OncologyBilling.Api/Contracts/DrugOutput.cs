namespace OncologyBilling.Api.Contracts;

/// <summary>One drug of the catalog (coding-rules.md §10) for the period its row covers.</summary>
public sealed record DrugOutput
{
    /// <summary>HCPCS Level II code billed for the drug supply.</summary>
    /// <example>J9271</example>
    public required string Hcpcs { get; init; }

    /// <summary>Generic name; the name a request's <c>drug.name</c> resolves by.</summary>
    /// <example>pembrolizumab</example>
    public required string Generic { get; init; }

    /// <summary>Brand names that also resolve to this drug; empty when none is listed.</summary>
    public required IReadOnlyList<string> Brands { get; init; }

    /// <summary>The HCPCS descriptor's dose per billing unit (DRG-UNIT-01).</summary>
    public required BillingUnitOutput BillingUnit { get; init; }

    /// <summary>Default administration family (CLS-01 to CLS-07); a request's <c>category</c> may override it (CLS-06).</summary>
    public required DrugCategory Category { get; init; }

    /// <summary>Usual container; the vials actually used decide JW/JZ (DRG-WASTE-01, DRG-WASTE-06).</summary>
    public required ContainerType Container { get; init; }

    /// <summary>Labelled container sizes in the billing unit's unit, smallest first (DRG-WASTE-08); empty when not recorded.</summary>
    public required IReadOnlyList<decimal> VialSizes { get; init; }

    /// <summary>Z51 code suggested when this drug is the reason for the encounter (DX-05); null when unconfirmed or not antineoplastic.</summary>
    /// <example>Z51.12</example>
    public string? Z51 { get; init; }

    /// <summary>First date of service this row covers.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Last date of service this row covers; null when open-ended.</summary>
    public DateOnly? EffectiveTo { get; init; }
}
