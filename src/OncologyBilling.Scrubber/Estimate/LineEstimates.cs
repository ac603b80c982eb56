using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Rates;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>Builds the three shapes a priced line takes: paid, $0 (packaged or not payable), or not priced.</summary>
internal static class LineEstimates
{
    public static LineEstimate Paid(
        NumberedLine line, string indicator, decimal amount, string basis, decimal coinsurance, string coinsuranceBasis, TableVersion source) => new()
    {
        Line = line.Number, Code = line.Line.Code, Units = line.Line.Units, Pricing = LinePricing.Priced, Indicator = indicator,
        Amount = amount, Coinsurance = coinsurance, Basis = basis, CoinsuranceBasis = coinsuranceBasis, Source = source,
    };

    public static LineEstimate Zero(NumberedLine line, LinePricing pricing, string indicator, string basis, TableVersion source) => new()
    {
        Line = line.Number, Code = line.Line.Code, Units = line.Line.Units, Pricing = pricing, Indicator = indicator,
        Amount = 0m, Coinsurance = 0m, Basis = basis, Source = source,
    };

    public static LineEstimate NotPriced(NumberedLine line, string? indicator, string basis, TableVersion source) => new()
    {
        Line = line.Number, Code = line.Line.Code, Units = line.Line.Units, Pricing = LinePricing.NotPriced, Indicator = indicator,
        Basis = basis, Source = source,
    };

    /// <summary>The code has no row in the release, or no release is in effect on the date: say which.</summary>
    public static LineEstimate Missing<TRow>(NumberedLine line, RateRelease<TRow> release, DateOnly date)
    {
        var v = release.Version;
        var basis = release.Fit == ReleaseFit.None
            ? $"No {v.Table} release is in effect on {date:yyyy-MM-dd}: the loaded {v.Version} takes effect {v.EffectiveFrom:yyyy-MM-dd}."
            : $"{line.Line.Code} has no rate in {v.Table} {v.Version}.";
        return NotPriced(line, null, basis, v);
    }
}
