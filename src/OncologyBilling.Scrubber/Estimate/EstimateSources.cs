using System.Runtime.CompilerServices;
using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Rates;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>
/// A setting's sources: the releases its lines were priced from, once each in first-seen order, with how each fits the
/// date of service. A release that covers the date has one of two sources whatever the claim (with or without its
/// release note), built once per loaded release; the other fits name the date and are built when they occur.
/// </summary>
internal static class EstimateSources
{
    private static readonly ConditionalWeakTable<TableVersion, Covered> ByRelease = [];

    public static EstimateSource[] Of(LineEstimate[] lines, RateTables rates, DateOnly date)
    {
        var versions = new List<TableVersion>(3);
        foreach (var line in lines)
        {
            if (line.Source is { } version && !versions.Contains(version))
            {
                versions.Add(version);
            }
        }

        var sources = new EstimateSource[versions.Count];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = Source(versions[i], FitOf(rates, versions[i].Table, date), date);
        }

        return sources;
    }

    private static ReleaseFit FitOf(RateTables rates, string table, DateOnly date) =>
        table == rates.Pfs.Versions[0].Table ? rates.Pfs.For(date).Fit
        : table == rates.Opps.Versions[0].Table ? rates.Opps.For(date).Fit
        : rates.Asp.For(date).Fit;

    private static EstimateSource Source(TableVersion v, ReleaseFit fit, DateOnly date)
    {
        if (fit == ReleaseFit.Covers)
        {
            var covered = ByRelease.GetValue(v, static version => new Covered(
                new EstimateSource(version, ReleaseFit.Covers, null), new EstimateSource(version, ReleaseFit.Covers, $"{version.Table}: {version.ReleaseNote}")));
            return v.AppliedBeforeRelease(date) ? covered.Noted : covered.Plain;
        }

        return new EstimateSource(v, fit, Note(v, fit, date));
    }

    private static string? Note(TableVersion v, ReleaseFit fit, DateOnly date) => fit switch
    {
        ReleaseFit.Predates =>
            $"{v.Table}: {v.Version} (effective {v.EffectiveFrom:yyyy-MM-dd} to {v.EffectiveTo:yyyy-MM-dd}) predates the date of service {date:yyyy-MM-dd}; no release covering it is loaded, so its rates are used as the newest earlier release.",
        ReleaseFit.None =>
            $"{v.Table}: no release is in effect on {date:yyyy-MM-dd}; the loaded {v.Version} takes effect {v.EffectiveFrom:yyyy-MM-dd}, so lines priced from it have no amount.",
        _ => null,
    };

    private sealed record Covered(EstimateSource Plain, EstimateSource Noted);
}
