using System.Text;

namespace OncologyBilling.ReferenceData.Rates;

/// <summary>
/// A small RFC 4180 reader (quoted fields, doubled quotes, embedded newlines) for the CMS rate files.
/// Cells are trimmed; columns are found by header name so a reordered file still loads.
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
        var records = Parse(reader).Where(r => r.Any(c => c.Length > 0)).ToList();
        return records.Count == 0
            ? throw new ReferenceDataException("The rate file is empty.")
            : new CsvTable(records[0], records.GetRange(1, records.Count - 1));
    }

    public string Cell(List<string> record, string column) =>
        _columns.TryGetValue(column, out var i)
            ? (i < record.Count ? record[i] : "")
            : throw new ReferenceDataException($"The rate file has no column '{column}'.");

    private static IEnumerable<List<string>> Parse(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            // An odd number of quotes means a quoted cell runs on to the next physical line.
            while (line.Count(c => c == '"') % 2 == 1 && reader.ReadLine() is { } next)
            {
                line += "\n" + next;
            }

            yield return Split(line);
        }
    }

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }
}
