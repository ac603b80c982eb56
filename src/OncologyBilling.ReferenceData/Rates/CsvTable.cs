using OncologyBilling.ReferenceData.Csv;

namespace OncologyBilling.ReferenceData.Rates;

/// <summary>
/// A CMS rate file as a header and records, parsed by the shared <see cref="CsvReader"/> (quoted fields, doubled
/// quotes, embedded newlines). Cells are trimmed and blank rows skipped; columns are found by header name so a
/// reordered file still loads.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(List<string> header, List<List<string>> records)
    {
        _columns = header.Select((h, i) => (h, i)).GroupBy(x => x.h, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        Records = records;
    }

    public IReadOnlyList<List<string>> Records { get; }

    public static CsvTable Read(TextReader reader)
    {
        var records = CsvReader.Read(reader)
            .Select(r => r.Select(c => c.Trim()).ToList())
            .Where(r => r.Any(c => c.Length > 0))
            .ToList();
        return records.Count == 0
            ? throw new ReferenceDataException("The rate file is empty.")
            : new CsvTable(records[0], records.GetRange(1, records.Count - 1));
    }

    public string Cell(List<string> record, string column) =>
        _columns.TryGetValue(column, out var i)
            ? (i < record.Count ? record[i] : "")
            : throw new ReferenceDataException($"The rate file has no column '{column}'.");
}
