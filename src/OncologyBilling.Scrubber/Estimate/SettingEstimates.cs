using OncologyBilling.ReferenceData.Rates;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>Totals a setting's priced lines and records which releases it used and how they fit the date of service.</summary>
internal static class SettingEstimates
{
    public static SettingEstimate Total(CareSetting setting, IReadOnlyList<LineEstimate> lines, Func<string, ReleaseFit> fitOf, DateOnly date, IReadOnlyList<string> unpriced)
    {
        var missing = lines.Where(l => l.Pricing == LinePricing.NotPriced).Select(l => l.Code).Distinct(StringComparer.Ordinal).ToArray();
        return new SettingEstimate
        {
            Setting = setting,
            Status = missing.Length == 0 && unpriced.Count == 0 ? EstimateStatus.Complete : EstimateStatus.Partial,
            Allowed = lines.Sum(l => l.Amount ?? 0m),
            Coinsurance = lines.Sum(l => l.Coinsurance ?? 0m),
            MissingCodes = missing,
            Unpriced = unpriced,
            Lines = lines,
            Sources = [.. lines.Select(l => l.Source).OfType<ReferenceData.TableVersion>().Distinct()
                .Select(v => new EstimateSource(v, fitOf(v.Table), Note(v, fitOf(v.Table), date)))],
        };
    }

    private static string? Note(ReferenceData.TableVersion v, ReleaseFit fit, DateOnly date) => fit switch
    {
        ReleaseFit.Covers when v.AppliedBeforeRelease(date) => $"{v.Table}: {v.ReleaseNote}",
        ReleaseFit.Predates =>
            $"{v.Table}: {v.Version} (effective {v.EffectiveFrom:yyyy-MM-dd} to {v.EffectiveTo:yyyy-MM-dd}) predates the date of service {date:yyyy-MM-dd}; no release covering it is loaded, so its rates are used as the newest earlier release.",
        ReleaseFit.None =>
            $"{v.Table}: no release is in effect on {date:yyyy-MM-dd}; the loaded {v.Version} takes effect {v.EffectiveFrom:yyyy-MM-dd}, so lines priced from it have no amount.",
        _ => null,
    };
}
