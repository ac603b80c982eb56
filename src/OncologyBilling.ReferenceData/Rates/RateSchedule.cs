using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Rates;

/// <summary>
/// Every loaded release of one rate table. A date of service gets the release covering it, else the newest
/// earlier release (flagged <see cref="ReleaseFit.Predates"/>), else none: the caller says so, never silently.
/// </summary>
public sealed class RateSchedule<TRow>
{
    private readonly (TableVersion Version, FrozenDictionary<string, TRow> Rows)[] _releases;

    public RateSchedule(IEnumerable<TableFile<TRow>> releases, Func<TRow, string> code)
    {
        _releases = [.. releases
            .Select(r => (r.Describe(), r.Rows.GroupBy(code, StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase)))
            .OrderBy(r => r.Item1.EffectiveFrom)];
        if (_releases.Length == 0)
        {
            throw new ReferenceDataException("A rate schedule needs at least one release.");
        }
    }

    public IReadOnlyList<TableVersion> Versions => [.. _releases.Select(r => r.Version)];

    public int Count(int release = 0) => _releases[release].Rows.Count;

    public RateRelease<TRow> For(DateOnly dateOfService)
    {
        var covering = _releases.LastOrDefault(r => r.Version.Covers(dateOfService));
        if (covering.Rows is not null)
        {
            return new(covering.Version, ReleaseFit.Covers, covering.Rows);
        }

        var earlier = _releases.LastOrDefault(r => r.Version.EffectiveFrom <= dateOfService);
        return earlier.Rows is not null
            ? new(earlier.Version, ReleaseFit.Predates, earlier.Rows)
            : new(_releases[0].Version, ReleaseFit.None, _releases[0].Rows);
    }
}
