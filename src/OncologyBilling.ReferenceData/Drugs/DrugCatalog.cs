using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Drugs;

/// <summary>Drug lookups by HCPCS code, generic name or brand name, effective-dated by date of service.</summary>
public sealed class DrugCatalog
{
    private readonly FrozenDictionary<string, DrugRow[]> _byCode;
    private readonly FrozenDictionary<string, DrugRow[]> _byName;
    private readonly FrozenDictionary<string, DrugRow[]> _bySaltFree;
    private readonly NamedDrug[] _names;

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
        _names = [.. table.Rows.SelectMany(r => r.Brands.Append(r.Generic).Select(n => new NamedDrug(n, r)))];
        _bySaltFree = _names.GroupBy(n => DrugNames.SaltFree(n.Name), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(n => n.Row).Distinct().ToArray(), StringComparer.Ordinal);
    }

    public TableVersion Version { get; }

    public IReadOnlyList<DrugRow> Rows { get; }

    public DrugRow? FindByCode(string hcpcs, DateOnly dateOfService)
    {
        if (_byCode.TryGetValue(hcpcs.Trim(), out var rows))
        {
            foreach (var row in rows)
            {
                if (row.IsEffectiveOn(dateOfService))
                {
                    return row;
                }
            }
        }

        return null;
    }

    public DrugRow? FindByName(string name, DateOnly dateOfService) => Match(name, dateOfService).Row;

    /// <summary>
    /// The row a generic or brand name names on the date: the exact name (any case), else the name with punctuation and
    /// salt words ignored when that fits one code only. Otherwise no row: the candidates when several codes fit, or the
    /// closest names (edit distance on the salt-free key, or a name the text begins) to offer instead.
    /// </summary>
    public NameMatch Match(string name, DateOnly dateOfService)
    {
        if (_byName.TryGetValue(name.Trim(), out var exact) && exact.FirstOrDefault(r => r.IsEffectiveOn(dateOfService)) is { } row)
        {
            return new NameMatch(row, [row], []);
        }

        var key = DrugNames.SaltFree(name);
        var fits = _bySaltFree.TryGetValue(key, out var rows)
            ? rows.Where(r => r.IsEffectiveOn(dateOfService)).DistinctBy(r => r.Hcpcs, StringComparer.OrdinalIgnoreCase).ToArray()
            : [];
        return fits.Length == 1 ? new NameMatch(fits[0], fits, []) : new NameMatch(null, fits, fits.Length > 1 ? [] : Closest(key, dateOfService));
    }

    private NamedDrug[] Closest(string key, DateOnly dateOfService)
    {
        var limit = Math.Max(2, key.Length / 3);
        return
        [
            .. _names.Where(n => n.Row.IsEffectiveOn(dateOfService))
                .Select(n => (Named: n, Distance: key.Length >= 4 && DrugNames.Key(n.Name).StartsWith(key, StringComparison.Ordinal) ? 0 : DrugNames.Distance(key, DrugNames.SaltFree(n.Name))))
                .Where(x => x.Distance <= limit)
                .OrderBy(x => x.Distance).ThenBy(x => x.Named.Name, StringComparer.OrdinalIgnoreCase)
                .Select(x => x.Named)
                .DistinctBy(n => n.Row.Hcpcs, StringComparer.OrdinalIgnoreCase)
                .Take(3),
        ];
    }

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
