using System.Globalization;
using System.Text.RegularExpressions;
using OncologyBilling.ReferenceData.Files;

namespace OncologyBilling.ReferenceData.Rates;

/// <summary>
/// Loads a national PFS relative value file (PPRRVU layout, with the NATIONAL NON-FACILITY / FACILITY AMOUNT
/// columns). Only global rows (no modifier) are kept: the estimate prices whole services. The name carries the release
/// (<c>rvu26c_2026jul</c>): it is applied to the whole calendar year, with a note for dates before its publication.
/// </summary>
public static partial class PfsRvuFile
{
    [GeneratedRegex(@"rvu(\d{2})([a-d])_(\d{4})(jan|apr|jul|oct)", RegexOptions.IgnoreCase)]
    private static partial Regex Release();

    public static TableFile<PfsRateRow> Load(ReferenceSource source)
    {
        var m = Release().Match(source.Name);
        if (!m.Success)
        {
            throw ReferenceFile.Malformed(source, "the file name must carry the release (rvuYYx_YYYYmon, e.g. rvu26c_2026jul).");
        }

        var year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        var released = ReleaseNames.Quarter(source);
        var rvu = $"RVU{m.Groups[1].Value}{m.Groups[2].Value.ToUpperInvariant()}";
        var month = released.ToString("MMMM", CultureInfo.InvariantCulture);
        var rows = ReleaseNames.Read(source, Read);
        return new("pfs-rates", $"CY{year} {rvu} {month} release", source.Name, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), rows,
            released.Month == 1 ? null : released,
            released.Month == 1 ? null : $"CY{year} PFS rates from the {month} release ({rvu}); earlier quarterly revisions are not loaded and may differ.");
    }

    public static IReadOnlyList<PfsRateRow> Read(TextReader reader)
    {
        var csv = CsvTable.Read(reader);
        return [.. csv.Rows("HCPCS", r => csv.Cell(r, "MOD").Length == 0 ? ToRow(csv, r) : null).OfType<PfsRateRow>()];
    }

    private static PfsRateRow ToRow(CsvTable csv, List<string> r)
    {
        var code = csv.Cell(r, "HCPCS");
        decimal Number(string column) => RateFileValues.Required(csv.Cell(r, column), column, code);
        return new PfsRateRow
        {
            Hcpcs = code,
            Status = csv.Cell(r, "STATUS CODE"),
            NonFacilityTotalRvu = Number("NON-FACILITY TOTAL"),
            FacilityTotalRvu = Number("FACILITY TOTAL"),
            NonFacilityNa = csv.Cell(r, "NON-FAC NA INDICATOR") == "NA",
            FacilityNa = csv.Cell(r, "FACILITY NA INDICATOR") == "NA",
            ConversionFactor = Number("CONV FACTOR"),
            NationalNonFacilityAmount = Number("NATIONAL NON-FACILITY AMOUNT"),
            NationalFacilityAmount = Number("NATIONAL FACILITY AMOUNT"),
        };
    }
}
