using OncologyBilling.ReferenceData.Rates;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>Totals a setting's priced lines and records which releases it used and how they fit the date of service.</summary>
internal static class SettingEstimates
{
    public static SettingEstimate Total(CareSetting setting, LineEstimate[] lines, RateTables rates, DateOnly date, IReadOnlyList<string> unpriced)
    {
        var missing = MissingCodes(lines);
        var (allowed, coinsurance) = (0m, 0m);
        foreach (var line in lines)
        {
            allowed += line.Amount ?? 0m;
            coinsurance += line.Coinsurance ?? 0m;
        }

        return new SettingEstimate
        {
            Setting = setting,
            Status = missing.Length == 0 && unpriced.Count == 0 ? EstimateStatus.Complete : EstimateStatus.Partial,
            Allowed = allowed,
            Coinsurance = coinsurance,
            MissingCodes = missing,
            Unpriced = unpriced,
            Lines = lines,
            Sources = EstimateSources.Of(lines, rates, date),
        };
    }

    // The codes of the lines without a rate, once each, in claim order.
    private static string[] MissingCodes(LineEstimate[] lines)
    {
        List<string>? missing = null;
        foreach (var line in lines)
        {
            if (line.Pricing == LinePricing.NotPriced && !(missing ??= []).Contains(line.Code))
            {
                missing.Add(line.Code);
            }
        }

        return missing is null ? [] : [.. missing];
    }
}
