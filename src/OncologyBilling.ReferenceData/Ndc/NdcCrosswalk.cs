using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Ndc;

/// <summary>The ASP NDC-HCPCS crosswalk by 11-digit NDC, read whole from the CMS file.</summary>
public sealed class NdcCrosswalk
{
    private readonly FrozenDictionary<string, CrosswalkRow[]> _byNdc;

    public NdcCrosswalk(TableVersion version, IEnumerable<CrosswalkRow> rows)
    {
        var all = rows.ToArray();
        Version = version;
        Count = all.Length;
        _byNdc = all.GroupBy(r => r.Ndc, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public TableVersion Version { get; }

    public int Count { get; }

    public IReadOnlyList<CrosswalkRow> Find(string ndc11) => _byNdc.TryGetValue(ndc11, out var rows) ? rows : [];
}
