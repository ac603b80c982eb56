using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Drugs;

/// <summary>Drug lookups by HCPCS code, generic name or brand name, effective-dated by date of service.</summary>
public sealed class DrugCatalog
{
    private readonly FrozenDictionary<string, DrugRow[]> _byCode;
    private readonly FrozenDictionary<string, DrugRow[]> _byName;

    public DrugCatalog(TableFile<DrugRow> table)
    {
        Version = table.Describe();
        Rows = table.Rows;
        _byCode = table.Rows.GroupBy(r => r.Hcpcs, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        _byName = table.Rows
            .SelectMany(r => r.Brands.Append(r.Generic).Select(n => (Name: n, Row: r)))
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Row).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    public TableVersion Version { get; }

    public IReadOnlyList<DrugRow> Rows { get; }

    public DrugRow? FindByCode(string hcpcs, DateOnly dateOfService) =>
        _byCode.TryGetValue(hcpcs.Trim(), out var rows) ? rows.FirstOrDefault(r => r.IsEffectiveOn(dateOfService)) : null;

    public DrugRow? FindByName(string name, DateOnly dateOfService) =>
        _byName.TryGetValue(name.Trim(), out var rows) ? rows.FirstOrDefault(r => r.IsEffectiveOn(dateOfService)) : null;

    /// <summary>
    /// Rows whose generic or brand name contains <paramref name="text"/> (case-insensitive; every row when it is
    /// empty), effective on <paramref name="dateOfService"/> when one is given, ordered by generic name then code.
    /// </summary>
    public IReadOnlyList<DrugRow> Search(string? text, DateOnly? dateOfService = null) =>
    [
        .. Rows.Where(r => string.IsNullOrWhiteSpace(text) || Matches(r, text.Trim()))
            .Where(r => dateOfService is not { } date || r.IsEffectiveOn(date))
            .OrderBy(r => r.Generic, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Hcpcs, StringComparer.Ordinal)
            .ThenBy(r => r.EffectiveFrom),
    ];

    /// <summary>Every row of one code (all effective periods), or only the one effective on the date when given.</summary>
    public IReadOnlyList<DrugRow> RowsForCode(string hcpcs, DateOnly? dateOfService = null) =>
        _byCode.TryGetValue(hcpcs.Trim(), out var rows)
            ? [.. rows.Where(r => dateOfService is not { } date || r.IsEffectiveOn(date)).OrderBy(r => r.EffectiveFrom)]
            : [];

    private static bool Matches(DrugRow row, string text) =>
        row.Generic.Contains(text, StringComparison.OrdinalIgnoreCase)
        || row.Brands.Any(b => b.Contains(text, StringComparison.OrdinalIgnoreCase));
}
