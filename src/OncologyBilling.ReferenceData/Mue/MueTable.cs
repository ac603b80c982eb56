using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Mue;

/// <summary>One CMS MUE table, read whole from the CMS file: a code it lacks has no MUE.</summary>
public sealed class MueTable(TableVersion version, IReadOnlyDictionary<string, MueLimit?> limits)
{
    private readonly FrozenDictionary<string, MueLimit?> _limits = limits.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public TableVersion Version { get; } = version;

    public int Count => _limits.Count;

    /// <summary>The code's limit, or null when CMS publishes none for it.</summary>
    public MueLimit? Find(string code) => _limits.GetValueOrDefault(code);
}
