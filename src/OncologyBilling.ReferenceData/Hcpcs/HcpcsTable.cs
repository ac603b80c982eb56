using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Hcpcs;

/// <summary>HCPCS Level II codes and modifiers with effective and termination dates. CPT codes are not in this file.</summary>
public sealed class HcpcsTable(TableVersion version, IEnumerable<HcpcsRow> rows)
{
    private readonly FrozenDictionary<string, HcpcsRow> _rows =
        rows.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    public TableVersion Version { get; } = version;

    public int Count => _rows.Count;

    public HcpcsRow? Find(string code) => _rows.GetValueOrDefault(code.Trim());

    /// <summary>True or false when the code is known; null when this table does not hold it.</summary>
    public bool? IsActiveOn(string code, DateOnly date) => Find(code)?.IsActiveOn(date);
}
