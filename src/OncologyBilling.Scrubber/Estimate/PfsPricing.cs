using OncologyBilling.ReferenceData.Rates;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>
/// Office price of an administration or service line: the PFS national non-facility amount per unit (total RVU x CF,
/// as the file gives it) times units, by PFS status code; coinsurance 20% of the allowed amount.
/// </summary>
internal static class PfsPricing
{
    private const decimal CoinsuranceRate = 0.20m;

    public static bool IsPaid(PfsRateRow row) => row.Status is "A" or "R" && !row.NonFacilityNa;

    // otherPaidCode: another line's code paid on the PFS this day (decides status T), or null.
    public static LineEstimate Price(NumberedLine line, RateRelease<PfsRateRow> release, DateOnly date, string? otherPaidCode)
    {
        if (release.Find(line.Line.Code) is not { } row)
        {
            return LineEstimates.Missing(line, release, date);
        }

        var indicator = Indicators.Pfs(row);
        var source = release.Version;
        return row.Status switch
        {
            "A" or "R" when row.NonFacilityNa => LineEstimates.NotPriced(
                line, indicator, $"CMS does not price {row.Hcpcs} in the non-facility setting (NON-FAC NA INDICATOR = NA).", source),
            "A" or "R" => Paid(line, row, indicator, source),
            "T" when otherPaidCode is not null => LineEstimates.Zero(line, LinePricing.Packaged, indicator,
                $"PFS status T: paid only when no other PFS service is billed the same day; {otherPaidCode} is on the claim. $0 separately.", source),
            "T" => Paid(line, row, indicator, source),
            "B" or "P" => LineEstimates.Zero(line, LinePricing.Packaged, indicator, $"PFS status {row.Status}: bundled, not paid separately.", source),
            "C" => LineEstimates.NotPriced(line, indicator, "PFS status C: carrier-priced; the MAC sets the amount and the national file has none.", source),
            _ => LineEstimates.Zero(line, LinePricing.NotPayable, indicator, $"PFS status {row.Status}: not payable under the PFS.", source),
        };
    }

    private static LineEstimate Paid(NumberedLine line, PfsRateRow row, string indicator, ReferenceData.TableVersion source)
    {
        var (amount, coinsurance) = Amounts(row, line.Line.Units);
        var (basis, coinsuranceBasis) = BasisTexts.For(row, line.Line.Units, Basis);
        return LineEstimates.Paid(line, indicator, amount, basis, coinsurance, coinsuranceBasis, source);
    }

    private static (decimal Amount, decimal Coinsurance) Amounts(PfsRateRow row, int units)
    {
        var amount = Money.Cents(row.NationalNonFacilityAmount * units);
        return (amount, Money.Cents(amount * CoinsuranceRate));
    }

    private static (string, string) Basis(PfsRateRow row, int units)
    {
        var perUnit = row.NationalNonFacilityAmount;
        var (amount, coinsurance) = Amounts(row, units);
        var basis = units == 1
            ? $"{row.NonFacilityTotalRvu:0.00} non-facility RVU x CF {Money.Rate(row.ConversionFactor)} = {Money.Dollars(perUnit)}"
            : $"{row.NonFacilityTotalRvu:0.00} non-facility RVU x CF {Money.Rate(row.ConversionFactor)} = {Money.Dollars(perUnit)} x {Money.Units(units)} = {Money.Dollars(amount)}";
        return (basis, $"20% of {Money.Dollars(amount)} = {Money.Dollars(coinsurance)}");
    }
}
