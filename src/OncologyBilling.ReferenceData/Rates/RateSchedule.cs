using System.Collections.Frozen;

namespace OncologyBilling.ReferenceData.Rates;

/// <summary>
/// Every loaded release of one rate table. A date of service gets the release covering it, else the newest
/// earlier release (flagged <see cref="ReleaseFit.Predates"/>), else none: the caller says so, never silently.
/// </summary>
public sealed class RateSchedule<TRow>
{
    // Per release, both answers For can give for it, built once: a scrub asks several times per line.
    private readonly (RateRelease<TRow> Covers, RateRelease<TRow> Predates)[] _releases;
    private readonly RateRelease<TRow> _none;

    public RateSchedule(IEnumerable<TableFile<TRow>> releases, Func<TRow, string> code)
    {
        var loaded = releases
            .Select(r => (Version: r.Describe(), Rows: r.Rows.GroupBy(code, StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase)))
            .OrderBy(r => r.Version.EffectiveFrom)
            .ToArray();
        if (loaded.Length == 0)
        {
            throw new ReferenceDataException("A rate schedule needs at least one release.");
        }

        _releases = [.. loaded.Select(r => (new RateRelease<TRow>(r.Version, ReleaseFit.Covers, r.Rows), new RateRelease<TRow>(r.Version, ReleaseFit.Predates, r.Rows)))];
        _none = new(loaded[0].Version, ReleaseFit.None, loaded[0].Rows);
        Versions = [.. loaded.Select(r => r.Version)];
    }

    public IReadOnlyList<TableVersion> Versions { get; }

    public int Count(int release = 0) => _releases[release].Covers.Rows.Count;

    public RateRelease<TRow> For(DateOnly dateOfService)
    {
        for (var i = _releases.Length - 1; i >= 0; i--)
        {
            if (_releases[i].Covers.Version.Covers(dateOfService))
            {
                return _releases[i].Covers;
            }
        }

        for (var i = _releases.Length - 1; i >= 0; i--)
        {
            if (_releases[i].Predates.Version.EffectiveFrom <= dateOfService)
            {
                return _releases[i].Predates;
            }
        }

        return _none;
    }
}
