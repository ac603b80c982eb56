using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Opps;

/// <summary>OPPS status indicators by HCPCS code (Addendum B).</summary>
public sealed class StatusIndicatorTable(TableVersion version, IEnumerable<StatusIndicatorRow> rows)
{
    private readonly FrozenDictionary<string, string> _si =
        rows.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(g => g.Key, g => g.Last().StatusIndicator, StringComparer.OrdinalIgnoreCase);

    public TableVersion Version { get; } = version;

    public int Count => _si.Count;

    public string? Find(string code) => _si.GetValueOrDefault(code.Trim());
}
