using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Rates;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>
/// Hospital outpatient price of a line: the Addendum B payment rate per unit times units by status indicator
/// (N packaged; Q1/Q2 packaged when their companion indicator is on the claim); copayment from the file's columns.
/// </summary>
internal static class OppsPricing
{
    // companionCode: for Q1/Q2, another line's code whose indicator packages this one, or null.
    public static LineEstimate Price(NumberedLine line, RateRelease<OppsRateRow> release, DateOnly date, string? companionCode)
    {
        if (release.Find(line.Line.Code) is not { } row)
        {
            return LineEstimates.Missing(line, release, date);
        }

        var indicator = Indicators.Opps(row);
        return ByIndicator(line, row, indicator, release.Version, companionCode);
    }

    private static LineEstimate ByIndicator(NumberedLine line, OppsRateRow row, string indicator, TableVersion source, string? companionCode)
    {
        var si = row.StatusIndicator;
        if (si == "N")
        {
            return LineEstimates.Zero(line, LinePricing.Packaged, indicator,
                "OPPS SI N: packaged; paid through the other services on the claim, $0 separately.", source);
        }

        if (OppsStatusIndicators.PackagedWith.TryGetValue(si, out var with) && companionCode is not null)
        {
            return LineEstimates.Zero(line, LinePricing.Packaged, indicator,
                $"OPPS SI {si}: packaged because {companionCode} (SI {string.Join('/', with)}) is on the claim; $0 separately.", source);
        }

        if (OppsStatusIndicators.NotPayable.TryGetValue(si, out var why))
        {
            return LineEstimates.Zero(line, LinePricing.NotPayable, indicator, $"OPPS SI {si}: {why}.", source);
        }

        if (OppsStatusIndicators.PaidElsewhere.TryGetValue(si, out why))
        {
            return LineEstimates.NotPriced(line, indicator, $"OPPS SI {si}: {why}.", source);
        }

        return row.PaymentRate is { } rate
            ? Paid(line, row, rate, indicator, source)
            : LineEstimates.NotPriced(line, indicator, $"OPPS SI {si}: Addendum B gives no payment rate for {row.Hcpcs}.", source);
    }

    private static LineEstimate Paid(NumberedLine line, OppsRateRow row, decimal rate, string indicator, TableVersion source)
    {
        var (amount, coinsurance) = Amounts(row, rate, line.Line.Units);
        var (basis, coinsuranceBasis) = BasisTexts.For(row, line.Line.Units, static (row, units) => Basis(row, row.PaymentRate!.Value, units));
        return LineEstimates.Paid(line, indicator, amount, basis, coinsurance, coinsuranceBasis, source);
    }

    private static (decimal Amount, decimal Coinsurance) Amounts(OppsRateRow row, decimal rate, int units) =>
        (Money.Cents(rate * units), Money.Cents(Copayment(row, rate).PerUnit * units));

    private static (string, string) Basis(OppsRateRow row, decimal rate, int units)
    {
        var (amount, coinsurance) = Amounts(row, rate, units);
        var (perUnit, column) = Copayment(row, rate);
        return ($"OPPS SI {row.StatusIndicator} payment rate ${Money.Rate(rate)} x {Money.Units(units)} = {Money.Dollars(amount)}{Caveat(row.StatusIndicator)}",
            $"{column} ${Money.Rate(perUnit)} x {Money.Units(units)} = {Money.Dollars(coinsurance)}");
    }

    // The comprehensive and conditionally packaged indicators are disjoint sets: a line gets one caveat at most.
    private static string Caveat(string si) =>
        OppsStatusIndicators.Comprehensive.Contains(si) ? "; comprehensive/composite APC packaging not modelled."
        : OppsStatusIndicators.PackagedWith.TryGetValue(si, out var with) ? $"; paid separately: no SI {string.Join('/', with)} line on the claim."
        : "";

    // Addendum B gives the copayment per unit. The adjusted column (IRA inflation adjustment, inpatient-deductible cap)
    // wins when present; the national unadjusted column is "." for almost every row, and then the minimum (20%) applies.
    private static (decimal PerUnit, string Column) Copayment(OppsRateRow row, decimal rate) =>
        row.AdjustedBeneficiaryCopayment is { } adjusted ? (adjusted, "adjusted beneficiary copayment")
        : row.NationalUnadjustedCopayment is { } national ? (national, "national unadjusted copayment")
        : row.MinimumUnadjustedCopayment is { } minimum ? (minimum, "minimum unadjusted copayment (20%)")
        : (Money.Cents(rate * 0.20m), "20% of the payment rate (no copayment in the file)");
}
