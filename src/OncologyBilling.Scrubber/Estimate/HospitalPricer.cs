using OncologyBilling.ReferenceData.Rates;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>Prices the claim's lines in the hospital outpatient department from OPPS Addendum B.</summary>
internal sealed class HospitalPricer(RateTables rates, DateOnly claimDate, IReadOnlyList<NumberedLine> claim)
{
    public LineEstimate Price(NumberedLine line)
    {
        var date = line.Line.ServiceDate ?? claimDate;
        var opps = rates.Opps.For(date);
        return OppsPricing.Price(line, opps, date, CompanionCode(line, opps));
    }

    private string? CompanionCode(NumberedLine line, RateRelease<OppsRateRow> opps)
    {
        if (opps.Find(line.Line.Code) is not { } row || !OppsStatusIndicators.PackagedWith.TryGetValue(row.StatusIndicator, out var with))
        {
            return null;
        }

        foreach (var other in claim)
        {
            if (other.Number != line.Number && opps.Find(other.Line.Code) is { } companion && with.Contains(companion.StatusIndicator))
            {
                return companion.Hcpcs;
            }
        }

        return null;
    }
}
