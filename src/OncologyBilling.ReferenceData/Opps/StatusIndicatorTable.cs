using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Opps;

/// <summary>OPPS status indicators by HCPCS code (Addendum B). The embedded table holds only the codes this service emits.</summary>
public sealed class StatusIndicatorTable(TableVersion version, IEnumerable<StatusIndicatorRow> rows, bool complete)
{
    private readonly FrozenDictionary<string, string> _si =
        rows.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(g => g.Key, g => g.Last().StatusIndicator, StringComparer.OrdinalIgnoreCase);

    public TableVersion Version { get; } = version;

    public bool IsComplete { get; } = complete;

    public int Count => _si.Count;

    public static StatusIndicatorTable FromTable(TableFile<StatusIndicatorRow> table) => new(table.Describe(), table.Rows, complete: false);

    public string? Find(string code) => _si.GetValueOrDefault(code.Trim());
}
