using System.Text.RegularExpressions;
using OncologyBilling.ReferenceData.Csv;
using OncologyBilling.ReferenceData.Files;

namespace OncologyBilling.ReferenceData.Hcpcs;

/// <summary>
/// Reads the CMS Alpha-Numeric HCPCS file as CSV (<c>HCPCYYYY_MON_ANWEB.csv(.gz)</c>). RECID 3 is a code, 7 a modifier;
/// only the first record (SEQNUM 0010) of a code carries its dates.
/// </summary>
public static partial class HcpcsFileLoader
{
    [GeneratedRegex(@"HCPC(\d{4})_([A-Z]{3})", RegexOptions.IgnoreCase)]
    private static partial Regex Release();

    public static HcpcsTable Load(string path) => Load(ReferenceSource.FromFile(path));

    public static HcpcsTable Load(ReferenceSource source)
    {
        var release = Release().Match(source.Name);
        if (!release.Success)
        {
            throw ReferenceFile.Malformed(source, "the file name must carry the release (HCPCYYYY_MON).");
        }

        using var reader = source.OpenText();
        using var records = CsvReader.Read(reader).GetEnumerator();
        var header = records.MoveNext() ? records.Current : throw ReferenceFile.Malformed(source, "empty file.");
        var col = ReferenceFile.Columns(source, header, "HCPC", "SEQNUM", "RECID", "LONG DESCRIPTION", "SHORT DESCRIPTION", "ADD DT", "ACT EFF DT", "TERM DT");
        var rows = new List<HcpcsRow>(9_000);
        var n = 1;
        while (records.MoveNext())
        {
            n++;
            var r = records.Current;
            if (r.Length < header.Length)
            {
                throw ReferenceFile.Malformed(source, $"row {n} has {r.Length} columns, the header {header.Length}.");
            }

            var modifier = r[col[2]] == "7";
            if (!modifier && r[col[1]] != "0010")
            {
                continue;
            }

            var effective = ReferenceFile.Yyyymmdd(source, r[col[5]], n) ?? ReferenceFile.Yyyymmdd(source, r[col[6]], n);
            rows.Add(new HcpcsRow(r[col[0]].Trim(), modifier, effective, ReferenceFile.Yyyymmdd(source, r[col[7]], n), r[col[modifier ? 4 : 3]].Trim()));
        }

        var month = release.Groups[2].Value;
        var from = DateOnly.ParseExact($"{release.Groups[1].Value}-{char.ToUpperInvariant(month[0])}{month[1..].ToLowerInvariant()}-01", "yyyy-MMM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new HcpcsTable(new TableVersion("hcpcs", from.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), source.Name, from, null), rows);
    }
}
