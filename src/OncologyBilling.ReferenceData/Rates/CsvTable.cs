using OncologyBilling.ReferenceData.Csv;

namespace OncologyBilling.ReferenceData.Rates;

/// <summary>
/// A CMS rate file as a header and records, parsed by the shared <see cref="CsvReader"/> (quoted fields, doubled
/// quotes, embedded newlines). Cells are trimmed and blank rows skipped; columns are found by header name so a
/// reordered file still loads. Errors name the record's row (the header is row 1).
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly List<(int Row, List<string> Cells)> _records;

    private CsvTable(List<string> header, List<(int Row, List<string> Cells)> records)
    {
        _columns = header.Select((h, i) => (h, i)).GroupBy(x => x.h, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        _records = records;
    }

    public static CsvTable Read(TextReader reader)
    {
        var records = CsvReader.Read(reader)
            .Select((r, i) => (Row: i + 1, Cells: r.Select(c => c.Trim()).ToList()))
            .Where(r => r.Cells.Any(c => c.Length > 0))
            .ToList();
        return records.Count == 0
            ? throw new ReferenceDataException("The rate file is empty.")
            : new CsvTable(records[0].Cells, records.GetRange(1, records.Count - 1));
    }

    /// <summary>Maps every record whose <paramref name="key"/> column is not blank; a bad cell throws naming its row.</summary>
    public IReadOnlyList<T> Rows<T>(string key, Func<List<string>, T> map)
    {
        var rows = new List<T>(_records.Count);
        foreach (var (row, cells) in _records)
        {
            if (Cell(cells, key).Length == 0)
            {
                continue;
            }

            try
            {
                rows.Add(map(cells));
            }
            catch (ReferenceDataException ex)
            {
                throw new ReferenceDataException($"row {row}: {ex.Message}", ex);
            }
        }

        return rows;
    }

    public string Cell(List<string> record, string column) =>
        _columns.TryGetValue(column, out var i)
            ? (i < record.Count ? record[i] : "")
            : throw new ReferenceDataException($"The rate file has no column '{column}'.");
}
