using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Hcpcs;

/// <summary>HCPCS Level II codes and modifiers with effective and termination dates. CPT codes are not in this file.</summary>
public sealed class HcpcsTable(TableVersion version, IEnumerable<HcpcsRow> rows, bool complete)
{
    private readonly FrozenDictionary<string, HcpcsRow> _rows =
        rows.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    public TableVersion Version { get; } = version;

    /// <summary>True when the whole CMS file is loaded; the embedded table holds only the codes this service emits.</summary>
    public bool IsComplete { get; } = complete;

    public int Count => _rows.Count;

    public static HcpcsTable FromTable(TableFile<HcpcsRow> table) => new(table.Describe(), table.Rows, complete: false);

    public HcpcsRow? Find(string code) => _rows.GetValueOrDefault(code.Trim());

    /// <summary>True or false when the code is known; null when this table does not hold it.</summary>
    public bool? IsActiveOn(string code, DateOnly date) => Find(code)?.IsActiveOn(date);
}
