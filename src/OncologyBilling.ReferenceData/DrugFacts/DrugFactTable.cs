using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.DrugFacts;

/// <summary>Per-HCPCS drug facts (see <see cref="DrugFactRow"/>).</summary>
public sealed class DrugFactTable(TableFile<DrugFactRow> table)
{
    private readonly FrozenDictionary<string, DrugFactRow> _rows = table.Rows.ToFrozenDictionary(r => r.Hcpcs, StringComparer.OrdinalIgnoreCase);

    // Family members in table order, grouped once at load rather than scanned for every drug line.
    private readonly FrozenDictionary<string, string[]> _families = table.Rows
        .Where(r => r.CodeFamily is not null)
        .GroupBy(r => r.CodeFamily!, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(r => r.Hcpcs).ToArray(), StringComparer.Ordinal);

    public TableVersion Version { get; } = table.Describe();

    public DrugFactRow? Find(string hcpcs) => _rows.GetValueOrDefault(hcpcs);

    /// <summary>The other codes of the same family, including the code itself; empty when it has none.</summary>
    public IReadOnlyList<string> Family(string hcpcs) =>
        Find(hcpcs)?.CodeFamily is { } family ? _families[family] : [];
}
