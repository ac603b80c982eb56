namespace OncologyBilling.ReferenceData.RevenueCodes;

/// <summary>Revenue codes for hospital outpatient lines; a row with a code range wins over one for a category, which wins over one for the kind.</summary>
public sealed class RevenueCodeTable
{
    private readonly IReadOnlyList<RevenueCodeRow> _rows;

    public RevenueCodeTable(TableFile<RevenueCodeRow> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var row in table.Rows)
        {
            if (row.RevenueCode.Length != 4 || !row.RevenueCode.All(char.IsAsciiDigit) || (row.CodeFrom is null) != (row.CodeTo is null))
            {
                throw new ReferenceDataException($"revenue-codes: row for {row.Kind} {row.CodeFrom} has a revenue code that is not 4 digits or half a code range.");
            }
        }

        _rows = table.Rows;
        Version = table.Describe();
    }

    public TableVersion Version { get; }

    public static RevenueCodeTable Embedded { get; } = new(TableLoader.Load<RevenueCodeRow>("revenue-codes.json"));

    /// <summary>The row for a line, or null when the table has none (no revenue code is guessed).</summary>
    public RevenueCodeRow? Find(string kind, string? category, string code) =>
        _rows.FirstOrDefault(r => Is(r.Kind, kind) && r.CodeFrom is not null && InRange(code, r.CodeFrom, r.CodeTo!))
        ?? _rows.FirstOrDefault(r => Is(r.Kind, kind) && r.CodeFrom is null && r.Category is not null && Is(r.Category, category))
        ?? _rows.FirstOrDefault(r => Is(r.Kind, kind) && r.CodeFrom is null && r.Category is null);

    private static bool Is(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool InRange(string code, string from, string to) =>
        code.Length == from.Length && string.CompareOrdinal(code, from) >= 0 && string.CompareOrdinal(code, to) <= 0;
}
