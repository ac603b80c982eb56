using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Ncci;

/// <summary>
/// NCCI PTP edits for one claim type. A full CMS file holds every pair; an extract holds only pairs of
/// <see cref="CoveredCodes"/>, so a pair with another code cannot be checked against it.
/// </summary>
public sealed class PtpTable
{
    private readonly FrozenDictionary<(string, string), PtpRow[]> _pairs;

    public PtpTable(TableVersion version, IEnumerable<PtpRow> rows, FrozenSet<string>? coveredCodes = null)
    {
        var all = rows.ToArray();
        Version = version;
        Count = all.Length;
        CoveredCodes = coveredCodes;
        _pairs = all.GroupBy(r => (r.Column1, r.Column2)).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    public TableVersion Version { get; }

    public int Count { get; }

    /// <summary>Null for a full CMS file; else the codes whose pairs the table holds.</summary>
    public FrozenSet<string>? CoveredCodes { get; }

    public bool IsEmpty => Count == 0;

    public bool Covers(string code) => CoveredCodes is null || CoveredCodes.Contains(code);

    // A loop, not FirstOrDefault with a lambda: the PTP stage asks for every pair of lines, and the lambda's closure was
    // allocated on every call, found or not.
    public PtpRow? Find(string column1, string column2, DateOnly date)
    {
        if (_pairs.TryGetValue((column1, column2), out var rows))
        {
            foreach (var row in rows)
            {
                if (row.IsActiveOn(date))
                {
                    return row;
                }
            }
        }

        return null;
    }
}
