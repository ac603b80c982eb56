using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Ncci;

/// <summary>NCCI PTP edits for one claim type; empty when no CMS file was loaded (then nothing is checked, and says so).</summary>
public sealed class PtpTable
{
    private readonly FrozenDictionary<(string, string), PtpRow[]> _pairs;

    public PtpTable(TableVersion version, IEnumerable<PtpRow> rows)
    {
        var all = rows.ToArray();
        Version = version;
        Count = all.Length;
        _pairs = all.GroupBy(r => (r.Column1, r.Column2)).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    public TableVersion Version { get; }

    public int Count { get; }

    public bool IsEmpty => Count == 0;

    public PtpRow? Find(string column1, string column2, DateOnly date) =>
        _pairs.TryGetValue((column1, column2), out var rows) ? rows.FirstOrDefault(r => r.IsActiveOn(date)) : null;
}
