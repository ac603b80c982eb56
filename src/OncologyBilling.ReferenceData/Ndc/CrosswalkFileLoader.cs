using System.Globalization;
using System.Text.RegularExpressions;
using OncologyBilling.ReferenceData.Csv;
using OncologyBilling.ReferenceData.Files;

namespace OncologyBilling.ReferenceData.Ndc;

/// <summary>Reads the ASP NDC-HCPCS crosswalk CSV (HCPCS_CODE, NDC2 as 5-4-2, BILLUNITSPKG); the name carries the quarter (2026q1).</summary>
public static partial class CrosswalkFileLoader
{
    [GeneratedRegex(@"(\d{4})q([1-4])", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    // 5-4-2 today; the crosswalk already carries a 12-digit product (NDC-07), so length is not fixed.
    [GeneratedRegex(@"^\d[\d-]{9,13}\d$")]
    private static partial Regex Ndc542();

    public static NdcCrosswalk Load(string path) => Load(ReferenceSource.FromFile(path));

    public static NdcCrosswalk Load(ReferenceSource source)
    {
        var m = Quarter().Match(source.Name);
        if (!m.Success)
        {
            throw ReferenceFile.Malformed(source, "the file name must carry the quarter (YYYYqN).");
        }

        using var reader = source.OpenText();
        using var records = CsvReader.Read(reader).GetEnumerator();
        var header = records.MoveNext() ? records.Current : throw ReferenceFile.Malformed(source, "empty file.");
        var col = ReferenceFile.Columns(source, header, "HCPCS_CODE", "NDC2", "Drug Name", "BILLUNITSPKG");
        var rows = new List<CrosswalkRow>(8_000);
        var n = 1;
        while (records.MoveNext())
        {
            n++;
            var r = records.Current;
            if (r.Length < header.Length || !Ndc542().IsMatch(r[col[1]].Trim())
                || !decimal.TryParse(r[col[3]], NumberStyles.Float, CultureInfo.InvariantCulture, out var units))
            {
                throw ReferenceFile.Malformed(source, $"row {n} has no NDC or billing units.");
            }

            rows.Add(new CrosswalkRow(r[col[1]].Trim().Replace("-", string.Empty, StringComparison.Ordinal), r[col[0]].Trim(), r[col[2]].Trim(), units));
        }

        var from = new DateOnly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), ((m.Groups[2].Value[0] - '1') * 3) + 1, 1);
        var version = new TableVersion("ndc-crosswalk", $"{from:yyyy}-Q{m.Groups[2].Value}", source.Name, from, from.AddMonths(3).AddDays(-1));
        return new NdcCrosswalk(version, rows);
    }
}
