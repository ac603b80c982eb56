using OncologyBilling.ReferenceData.Rates;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>
/// Office price of a drug line (JW lines included: Medicare pays the documented discarded amount): the ASP payment
/// limit per billing unit times units; coinsurance at the file's Co-insurance Percentage.
/// </summary>
internal static class AspPricing
{
    public static LineEstimate Price(NumberedLine line, RateRelease<AspLimitRow> release, DateOnly date)
    {
        if (release.Find(line.Line.Code) is not { } row)
        {
            return LineEstimates.Missing(line, release, date);
        }

        if (row.PaymentLimit is not { } limit)
        {
            return LineEstimates.NotPriced(line, "ASP", $"The ASP file gives no payment limit for {row.Hcpcs} (N/A).", release.Version);
        }

        var (amount, coinsurance) = Amounts(limit, row.CoinsurancePercent, line.Line.Units);
        var (basis, coinsuranceBasis) = BasisTexts.For(row, line.Line.Units, static (row, units) => Basis(row, row.PaymentLimit!.Value, units));
        return LineEstimates.Paid(line, "ASP", amount, basis, coinsurance, coinsuranceBasis, release.Version);
    }

    private static (decimal Amount, decimal Coinsurance) Amounts(decimal limit, decimal coinsurancePercent, int units)
    {
        var amount = Money.Cents(limit * units);
        return (amount, Money.Cents(amount * coinsurancePercent / 100m));
    }

    private static (string, string) Basis(AspLimitRow row, decimal limit, int units)
    {
        var (amount, coinsurance) = Amounts(limit, row.CoinsurancePercent, units);
        return ($"ASP limit ${Money.Rate(limit)} per {DosageLabels.For(row.Dosage)} x {Money.Units(units)} = {Money.Dollars(amount)}",
            $"ASP co-insurance {Money.Percent(row.CoinsurancePercent)} of {Money.Dollars(amount)} = {Money.Dollars(coinsurance)}");
    }
}
