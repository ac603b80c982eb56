namespace OncologyBilling.ReferenceData.Rates;

/// <summary>
/// The Medicare rate tables the site-of-care estimate reads: PFS national amounts, OPPS Addendum B and ASP
/// payment limits, each from its CMS release file (shipped, or the newer one in the reference-data folder).
/// </summary>
public sealed class RateTables
{
    private IReadOnlyList<TableVersion>? _versions;

    public required RateSchedule<PfsRateRow> Pfs { get; init; }
    public required RateSchedule<OppsRateRow> Opps { get; init; }
    public required RateSchedule<AspLimitRow> Asp { get; init; }

    public IReadOnlyList<TableVersion> Versions => _versions ??= [.. Pfs.Versions, .. Opps.Versions, .. Asp.Versions];

    /// <summary>The rates of the shipped release files, loaded once per process.</summary>
    public static RateTables Shipped => ReferenceDataSet.Shipped.Rates;

    public static RateTables From(TableFile<PfsRateRow> pfs, TableFile<OppsRateRow> opps, TableFile<AspLimitRow> asp) => new()
    {
        Pfs = new([pfs], r => r.Hcpcs),
        Opps = new([opps], r => r.Hcpcs),
        Asp = new([asp], r => r.Hcpcs),
    };
}
