using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Ndc;

/// <summary>
/// The ASP NDC-HCPCS crosswalk by 11-digit NDC. The embedded table holds the rows of the catalog's drug codes only
/// (<see cref="CoveredCodes"/>); an NDC absent from it may still be in the full file.
/// </summary>
public sealed class NdcCrosswalk
{
    private readonly FrozenDictionary<string, CrosswalkRow[]> _byNdc;

    public NdcCrosswalk(TableVersion version, IEnumerable<CrosswalkRow> rows, bool complete)
    {
        var all = rows.ToArray();
        Version = version;
        IsComplete = complete;
        Count = all.Length;
        _byNdc = all.GroupBy(r => r.Ndc, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        CoveredCodes = all.Select(r => r.Hcpcs).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public TableVersion Version { get; }

    public bool IsComplete { get; }

    public int Count { get; }

    public FrozenSet<string> CoveredCodes { get; }

    public static NdcCrosswalk FromTable(TableFile<CrosswalkRow> table) => new(table.Describe(), table.Rows, complete: false);

    public IReadOnlyList<CrosswalkRow> Find(string ndc11) => _byNdc.TryGetValue(ndc11, out var rows) ? rows : [];
}
