using System.Text;
using System.Text.RegularExpressions;
using OncologyBilling.ReferenceData.Files;

namespace OncologyBilling.ReferenceData.Icd;

/// <summary>
/// Streams the CDC <c>icd10cm-codes-YYYY.txt(.gz)</c> file: fixed width, code in columns 1–7, description from 9.
/// The file name gives the fiscal year (FY2026 = 2025-10-01 to 2026-09-30).
/// </summary>
public static partial class IcdFileLoader
{
    [GeneratedRegex(@"^[A-Z][0-9A-Z][0-9A-Z]{1,5}$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"icd10cm[-_]codes[-_](\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex FileYear();

    public static IcdCodeSet Load(string path) => Load(ReferenceSource.FromFile(path));

    public static IcdCodeSet Load(ReferenceSource source)
    {
        var year = FileYear().Match(source.Name) is { Success: true } m
            ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : throw ReferenceFile.Malformed(source, "the file name must carry the fiscal year (icd10cm-codes-YYYY).");
        var codes = new List<string>(80_000);
        using var reader = source.OpenText(Encoding.ASCII);
        var row = 0;
        while (reader.ReadLine() is { } line)
        {
            row++;
            if (line.Length == 0)
            {
                continue;
            }

            var code = line.Length >= 7 ? line[..7].TrimEnd() : line.TrimEnd();
            if (!CodeShape().IsMatch(code) || (line.Length > 7 && line[7] != ' '))
            {
                throw ReferenceFile.Malformed(source, $"row {row} does not start with a 7-column ICD-10-CM code.");
            }

            codes.Add(code);
        }

        if (codes.Count == 0)
        {
            throw ReferenceFile.Malformed(source, "no codes.");
        }

        var version = new TableVersion("icd10cm", $"FY{year}", source.Name, new DateOnly(year - 1, 10, 1), new DateOnly(year, 9, 30));
        return new IcdCodeSet(version, codes);
    }
}
