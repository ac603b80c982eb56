using OncologyBilling.ReferenceData.Rates;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>Prices the claim's lines in the physician office: drug lines from ASP, everything else from the PFS.</summary>
internal sealed class OfficePricer(RateTables rates, DateOnly claimDate, IReadOnlyList<NumberedLine> claim)
{
    public LineEstimate Price(NumberedLine line)
    {
        var date = line.Line.ServiceDate ?? claimDate;
        var pfs = rates.Pfs.For(date);
        var asp = rates.Asp.For(date);
        // A service line carrying a drug code (passed through from services[]) is a drug too.
        var isDrug = line.Line.Kind == LineKind.Drug || (pfs.Find(line.Line.Code) is null && asp.Find(line.Line.Code) is not null);
        return isDrug
            ? AspPricing.Price(line, asp, date)
            : PfsPricing.Price(line, pfs, date, pfs.Find(line.Line.Code) is { Status: "T" } ? OtherPaidCode(line, pfs) : null);
    }

    // Only status T depends on the other lines; looking for every line made the estimate quadratic in its lines.
    private string? OtherPaidCode(NumberedLine line, RateRelease<PfsRateRow> pfs)
    {
        foreach (var other in claim)
        {
            if (other.Number != line.Number && other.Line.Kind != LineKind.Drug && pfs.Find(other.Line.Code) is { } row && PfsPricing.IsPaid(row))
            {
                return row.Hcpcs;
            }
        }

        return null;
    }
}
