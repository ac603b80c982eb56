using System.Globalization;
using System.Text.RegularExpressions;
using OncologyBilling.ReferenceData.Files;
using OncologyBilling.ReferenceData.Rates;

namespace OncologyBilling.ReferenceData.Opps;

/// <summary>Reads the status indicators of OPPS Addendum B (CSV, header row first; parsed by <see cref="OppsAddendumBFile"/>); the name carries the quarter (2025oct).</summary>
public static partial class OppsFileLoader
{
    [GeneratedRegex(@"(\d{4})(jan|apr|jul|oct)", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    public static StatusIndicatorTable Load(string path)
    {
        var m = Quarter().Match(Path.GetFileName(path));
        if (!m.Success)
        {
            throw ReferenceFile.Malformed(path, "the file name must carry the quarter (YYYYjan/apr/jul/oct).");
        }

        // The same Addendum B file the estimate reads for rates: one parser for both (Rates/OppsAddendumBFile).
        IReadOnlyList<StatusIndicatorRow> rows;
        using (var reader = ReferenceFile.OpenText(path))
        {
            try
            {
                rows = [.. OppsAddendumBFile.Read(reader).Select(r => new StatusIndicatorRow(r.Hcpcs, r.StatusIndicator))];
            }
            catch (ReferenceDataException ex)
            {
                throw ReferenceFile.Malformed(path, ex.Message);
            }
        }

        var month = char.ToUpperInvariant(m.Groups[2].Value[0]) + m.Groups[2].Value[1..].ToLowerInvariant();
        var from = DateOnly.ParseExact($"{m.Groups[1].Value}-{month}-01", "yyyy-MMM-dd", CultureInfo.InvariantCulture);
        var version = new TableVersion("opps-status-indicators", $"{from:yyyy-MM}", Path.GetFileName(path), from, from.AddMonths(3).AddDays(-1));
        return new StatusIndicatorTable(version, rows, complete: true);
    }
}
