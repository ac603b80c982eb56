using System.Text.RegularExpressions;
using OncologyBilling.ReferenceData.Files;

namespace OncologyBilling.ReferenceData.Ncci;

/// <summary>
/// Reads CMS NCCI PTP text files (ccipra-vNNNrN-fN.txt practitioner, ccioph-… hospital): a notice and header, then
/// tab-delimited Column1, Column2, *, Effective Date, Deletion Date (or *), Modifier indicator, rationale.
/// </summary>
public static partial class PtpFileLoader
{
    [GeneratedRegex(@"^[0-9A-Z]{4}[0-9A-Z]$")]
    private static partial Regex Code();

    [GeneratedRegex(@"v(\d{3})r(\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Release();

    public static PtpTable Load(IReadOnlyList<string> paths, string table) => Load([.. paths.Select(ReferenceSource.FromFile)], table);

    public static PtpTable Load(IReadOnlyList<ReferenceSource> sources, string table)
    {
        var rows = new List<PtpRow>();
        foreach (var source in sources)
        {
            rows.AddRange(Read(source));
        }

        if (rows.Count == 0)
        {
            throw new ReferenceDataException($"NCCI PTP files for {table} hold no edits.");
        }

        var release = Release().Match(sources[0].Name) is { Success: true } m ? $"v{m.Groups[1].Value}r{m.Groups[2].Value}" : "unknown";
        var version = new TableVersion(table, release, string.Join(", ", sources.Select(s => s.Name)), rows.Min(r => r.Effective), null);
        return new PtpTable(version, rows);
    }

    private static IEnumerable<PtpRow> Read(ReferenceSource source)
    {
        using var reader = source.OpenText();
        var n = 0;
        var data = false;
        while (reader.ReadLine() is { } line)
        {
            n++;
            var f = line.Split('\t');
            var isData = f.Length >= 2 && Code().IsMatch(f[0].Trim()) && Code().IsMatch(f[1].Trim());
            if (!isData)
            {
                // The notice and header come first; anything else once edits have started is a broken file.
                if (data && line.Trim().Length > 0)
                {
                    throw ReferenceFile.Malformed(source, $"row {n} is not a PTP edit.");
                }

                continue;
            }

            data = true;
            if (f.Length < 6 || f[5].Trim() is not ("0" or "1" or "9"))
            {
                throw ReferenceFile.Malformed(source, $"row {n} needs 6 tab-separated columns with modifier indicator 0, 1 or 9.");
            }

            var effective = ReferenceFile.Yyyymmdd(source, f[3], n) ?? throw ReferenceFile.Malformed(source, $"row {n} has no effective date.");
            yield return new PtpRow(f[0].Trim(), f[1].Trim(), effective, ReferenceFile.Yyyymmdd(source, f[4], n), f[5].Trim()[0] - '0');
        }
    }
}
