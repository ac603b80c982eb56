using System.Diagnostics.CodeAnalysis;
using OncologyBilling.ReferenceData.Rates;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>
/// Prices the finished claim's lines in both settings: office (PFS national non-facility amount, ASP limit x units)
/// and hospital outpatient (OPPS Addendum B by status indicator). Pure: reads only the lines and the rate tables.
/// </summary>
public sealed class SiteOfCareEstimator
{
    // unpriced: what the claim should bill but could not code (an unresolved drug, an administration with no category);
    // each makes both settings partial and is named, so a $0 total is never reported as complete.
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A service: AddClaimScrubber registers it and callers inject it.")]
    public SiteOfCareEstimate Estimate(IReadOnlyList<NumberedLine> lines, DateOnly dateOfService, RateTables rates, IReadOnlyList<string>? unpriced = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(rates);
        var office = new OfficePricer(rates, dateOfService, lines);
        var hospital = new HospitalPricer(rates, dateOfService, lines);
        var officeLines = new LineEstimate[lines.Count];
        var hospitalLines = new LineEstimate[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            officeLines[i] = office.Price(lines[i]);
            hospitalLines[i] = hospital.Price(lines[i]);
        }

        var officeEstimate = SettingEstimates.Total(CareSetting.Office, officeLines, rates, dateOfService, unpriced ?? []);
        var hospitalEstimate = SettingEstimates.Total(CareSetting.HospitalOutpatient, hospitalLines, rates, dateOfService, unpriced ?? []);
        return new SiteOfCareEstimate
        {
            DateOfService = dateOfService,
            Office = officeEstimate,
            HospitalOutpatient = hospitalEstimate,
            Difference = Difference(officeEstimate, hospitalEstimate),
            Notes = EstimateNotes.Of(officeEstimate, hospitalEstimate),
            Excludes = EstimateExclusions.All,
        };
    }

    private static EstimateDifference Difference(SettingEstimate office, SettingEstimate hospital)
    {
        var allowed = hospital.Allowed - office.Allowed;
        var partial = office.Status == EstimateStatus.Partial || hospital.Status == EstimateStatus.Partial;
        var caveat = partial ? " (priced lines only: an estimate is partial)" : "";
        var basis = $"hospital outpatient {Money.Dollars(hospital.Allowed)} - office {Money.Dollars(office.Allowed)} = {Money.Dollars(allowed)}{caveat}";
        return new EstimateDifference(allowed, hospital.Coinsurance - office.Coinsurance, partial ? EstimateStatus.Partial : EstimateStatus.Complete, basis);
    }
}
