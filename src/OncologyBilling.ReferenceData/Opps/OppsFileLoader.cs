using System.Globalization;
using System.Text.RegularExpressions;
using OncologyBilling.ReferenceData.Csv;
using OncologyBilling.ReferenceData.Files;

namespace OncologyBilling.ReferenceData.Opps;

/// <summary>Reads OPPS Addendum B as CSV (header row first; columns "HCPCS Code" and "SI"); the name carries the quarter (2025oct).</summary>
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

        using var reader = ReferenceFile.OpenText(path);
        using var records = CsvReader.Read(reader).GetEnumerator();
        var header = records.MoveNext() ? records.Current : throw ReferenceFile.Malformed(path, "empty file.");
        var col = ReferenceFile.Columns(path, header, "HCPCS Code", "SI");
        var rows = new List<StatusIndicatorRow>(20_000);
        var n = 1;
        while (records.MoveNext())
        {
            n++;
            var r = records.Current;
            if (r.Length <= Math.Max(col[0], col[1]) || r[col[0]].Trim().Length == 0)
            {
                throw ReferenceFile.Malformed(path, $"row {n} has no HCPCS code or SI.");
            }

            rows.Add(new StatusIndicatorRow(r[col[0]].Trim(), r[col[1]].Trim()));
        }

        var month = char.ToUpperInvariant(m.Groups[2].Value[0]) + m.Groups[2].Value[1..].ToLowerInvariant();
        var from = DateOnly.ParseExact($"{m.Groups[1].Value}-{month}-01", "yyyy-MMM-dd", CultureInfo.InvariantCulture);
        var version = new TableVersion("opps-status-indicators", $"{from:yyyy-MM}", Path.GetFileName(path), from, from.AddMonths(3).AddDays(-1));
        return new StatusIndicatorTable(version, rows, complete: true);
    }
}
