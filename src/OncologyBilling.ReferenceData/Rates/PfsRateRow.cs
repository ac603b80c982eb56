namespace OncologyBilling.ReferenceData.Rates;

/// <summary>
/// One row of the national Physician Fee Schedule relative value file (PPRRVU): status code, total RVUs,
/// conversion factor and the national amounts (total RVU x CF, GPCIs at 1.000, rounded half-up to cents).
/// </summary>
public sealed record PfsRateRow
{
    public required string Hcpcs { get; init; }
    public string? Modifier { get; init; }

    /// <summary>PFS status code: A active, T paid only without other PFS services, C carrier-priced, X statutory exclusion...</summary>
    public required string Status { get; init; }
    public required decimal NonFacilityTotalRvu { get; init; }
    public required decimal FacilityTotalRvu { get; init; }

    /// <summary>CMS does not price the non-facility (office) setting for this code.</summary>
    public required bool NonFacilityNa { get; init; }
    public required bool FacilityNa { get; init; }
    public required decimal ConversionFactor { get; init; }
    public required decimal NationalNonFacilityAmount { get; init; }
    public required decimal NationalFacilityAmount { get; init; }
}
