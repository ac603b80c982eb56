using System.Collections.Frozen;
using OncologyBilling.ReferenceData.Csv;
using OncologyBilling.ReferenceData.Files;

namespace OncologyBilling.ReferenceData.Ncci;

/// <summary>
/// Reads the shipped NCCI PTP extract (refdata PROVENANCE §4): the July 2024 practitioner and outpatient edits among the
/// codes this service bills, one CSV with a <c>setting</c> column. It has no effective dates, so every edit counts from
/// the release's first day; its tables cover only pairs of <see cref="ExtractCodes"/>.
/// </summary>
public static class PtpExtractLoader
{
    /// <summary>The codes the extract kept pairs of: 96360–96549, 36591, 36592, 99202–99215, 99497, 99498, G0498.</summary>
    public static FrozenSet<string> ExtractCodes { get; } =
        Enumerable.Range(96360, 190).Concat(Enumerable.Range(99202, 14)).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(["36591", "36592", "99497", "99498", "G0498"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static PtpTables Load(ReferenceSource source)
    {
        var from = ReleaseNames.Quarter(source);
        using var reader = source.OpenText();
        using var records = CsvReader.Read(reader).GetEnumerator();
        var header = records.MoveNext() ? records.Current : throw ReferenceFile.Malformed(source, "empty file.");
        var col = ReferenceFile.Columns(source, header, "column1", "column2", "deletion_date", "modifier_indicator", "setting");
        var rows = new Dictionary<string, List<PtpRow>>(StringComparer.Ordinal) { ["practitioner"] = [], ["outpatient"] = [] };
        var n = 1;
        while (records.MoveNext())
        {
            n++;
            var r = records.Current;
            if (r.Length == 1 && r[0].Length == 0)
            {
                continue;
            }

            if (r.Length < header.Length || r[col[3]] is not ("0" or "1" or "9") || !rows.TryGetValue(r[col[4]], out var table))
            {
                throw ReferenceFile.Malformed(source, $"row {n} needs modifier_indicator 0, 1 or 9 and setting practitioner or outpatient.");
            }

            table.Add(new PtpRow(r[col[0]].Trim(), r[col[1]].Trim(), from, ReferenceFile.Yyyymmdd(source, r[col[2]], n), r[col[3]][0] - '0'));
        }

        var version = new TableVersion("ncci-ptp-practitioner", $"{from.Year}-Q{((from.Month - 1) / 3) + 1} extract", source.Name, from, from.AddMonths(3).AddDays(-1));
        return new PtpTables(
            new PtpTable(version, rows["practitioner"], ExtractCodes),
            new PtpTable(version with { Table = "ncci-ptp-hospital" }, rows["outpatient"], ExtractCodes));
    }
}
