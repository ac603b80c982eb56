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

    public IEnumerable<DrugRow> Search(string text) =>
        Rows.Where(r => r.Generic.Contains(text, StringComparison.OrdinalIgnoreCase)
            || r.Brands.Any(b => b.Contains(text, StringComparison.OrdinalIgnoreCase)));
}
