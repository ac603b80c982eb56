using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OncologyBilling.ReferenceData.Csv;
using OncologyBilling.ReferenceData.Files;

namespace OncologyBilling.ReferenceData.Mue;

/// <summary>
/// Reads a CMS MUE CSV as published: Windows-1252, row 1 the AMA notice in one quoted cell, row 2 the header (its first
/// cell holds a line break), then code, MUE value, "N Description" adjudication indicator, rationale.
/// </summary>
public static partial class MueFileLoader
{
    [GeneratedRegex(@"Eff_(\d{2})-(\d{2})-(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Effective();

    public static MueTable Load(string path, MueTableKind kind) => Load(ReferenceSource.FromFile(path), kind);

    public static MueTable Load(ReferenceSource source, MueTableKind kind)
    {
        var m = Effective().Match(source.Name);
        if (!m.Success)
        {
            throw ReferenceFile.Malformed(source, "the file name must carry the effective date (Eff_MM-DD-YYYY).");
        }

        var from = new DateOnly(Int(m, 3), Int(m, 1), Int(m, 2));
        var limits = new Dictionary<string, MueLimit?>(16_000, StringComparer.OrdinalIgnoreCase);
        using var reader = source.OpenText(Encoding.Latin1);
        var n = 0;
        foreach (var r in CsvReader.Read(reader))
        {
            n++;
            if (n <= 2 || (r.Length == 1 && r[0].Length == 0))
            {
                continue;
            }

            if (r.Length < 3 || !int.TryParse(r[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                || r[2].Trim() is not [>= '1' and <= '3', ..] mai)
            {
                throw ReferenceFile.Malformed(source, $"row {n} is not 'code, MUE value, adjudication indicator'.");
            }

            limits[r[0].Trim()] = new MueLimit(value, mai[0] - '0');
        }

        var table = kind == MueTableKind.Practitioner ? "mue-practitioner" : "mue-outpatient-hospital";
        var version = new TableVersion(table, $"{from:yyyy}-Q{((from.Month - 1) / 3) + 1}", source.Name, from, from.AddMonths(3).AddDays(-1));
        return new MueTable(version, limits);
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
