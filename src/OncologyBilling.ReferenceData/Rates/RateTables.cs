using System.Text;

namespace OncologyBilling.ReferenceData.Rates;

/// <summary>
/// The Medicare rate tables the site-of-care estimate reads: PFS national amounts, OPPS Addendum B and ASP
/// payment limits. Embedded curated subsets by default; the full CMS files when a reference-data folder is configured.
/// </summary>
public sealed class RateTables
{
    /// <summary>CMS files (found by name anywhere under the reference-data folder) that replace the embedded release of the same version.</summary>
    public const string PfsFile = "pfs/pfs_rvu26c_2026jul_infusion_acp_subset.csv";
    public const string OppsFile = "opps/opps_addendum_b_2025oct.csv";
    public const string AspFile = "asp/asp_payment_limits_2026q1.csv";

    private static readonly Lazy<RateTables> EmbeddedTables = new(() => LoadFromFolder(null));

    public required RateSchedule<PfsRateRow> Pfs { get; init; }
    public required RateSchedule<OppsRateRow> Opps { get; init; }
    public required RateSchedule<AspLimitRow> Asp { get; init; }

    public IReadOnlyList<TableVersion> Versions => [.. Pfs.Versions, .. Opps.Versions, .. Asp.Versions];

    /// <summary>The embedded tables, loaded once.</summary>
    public static RateTables Embedded => EmbeddedTables.Value;

    /// <summary>
    /// Loads the embedded tables, replacing each with its full CMS file when <paramref name="folder"/> (or a subfolder) holds it.
    /// A file that is present but malformed throws <see cref="ReferenceDataException"/>: the host must not start.
    /// </summary>
    public static RateTables LoadFromFolder(string? folder) => new()
    {
        Pfs = new([FromFile(folder, PfsFile, TableLoader.Load<PfsRateRow>("pfs-rates.json"), PfsRvuFile.Read)], r => r.Hcpcs),
        Opps = new([FromFile(folder, OppsFile, TableLoader.Load<OppsRateRow>("opps-rates.json"), OppsAddendumBFile.Read)], r => r.Hcpcs),
        Asp = new([FromFile(folder, AspFile, TableLoader.Load<AspLimitRow>("asp-limits.json"), AspPaymentLimitFile.Read)], r => r.Hcpcs),
    };

    private static TableFile<TRow> FromFile<TRow>(
        string? folder, string relativePath, TableFile<TRow> embedded, Func<TextReader, IReadOnlyList<TRow>> read)
    {
        var path = folder is null || !Directory.Exists(folder)
            ? null
            : Directory.EnumerateFiles(folder, Path.GetFileName(relativePath), SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault();
        if (path is null)
        {
            return embedded;
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        try
        {
            return embedded with { Source = $"full CMS file {relativePath}", Rows = read(reader) };
        }
        catch (ReferenceDataException ex)
        {
            throw new ReferenceDataException($"Rate file '{relativePath}': {ex.Message}", ex);
        }
    }
}
