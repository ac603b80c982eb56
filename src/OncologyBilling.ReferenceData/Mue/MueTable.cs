using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Mue;

/// <summary>
/// One CMS MUE table. Complete when read from the CMS file (a code it lacks has no MUE); the embedded table covers only
/// the codes it lists, so a code it lacks is not covered.
/// </summary>
public sealed class MueTable(TableVersion version, IReadOnlyDictionary<string, MueLimit?> limits, bool complete)
{
    private readonly FrozenDictionary<string, MueLimit?> _limits = limits.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public TableVersion Version { get; } = version;

    public bool IsComplete { get; } = complete;

    public int Count => _limits.Count;

    /// <summary>False when the table cannot tell (embedded subset without the code).</summary>
    public bool TryFind(string code, out MueLimit? limit)
    {
        if (_limits.TryGetValue(code, out limit))
        {
            return true;
        }

        limit = null;
        return IsComplete;
    }
}
