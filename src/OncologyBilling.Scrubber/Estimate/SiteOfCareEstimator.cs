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
    public SiteOfCareEstimate Estimate(IReadOnlyList<NumberedLine> lines, DateOnly dateOfService, RateTables rates, IReadOnlyList<string>? unpriced = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(rates);
        var office = new OfficePricer(rates, dateOfService, lines);
        var hospital = new HospitalPricer(rates, dateOfService, lines);
        ReleaseFit FitOf(string table) => table == rates.Pfs.Versions[0].Table ? rates.Pfs.For(dateOfService).Fit
            : table == rates.Opps.Versions[0].Table ? rates.Opps.For(dateOfService).Fit
            : rates.Asp.For(dateOfService).Fit;

        var officeEstimate = SettingEstimates.Total(CareSetting.Office, [.. lines.Select(office.Price)], FitOf, dateOfService, unpriced ?? []);
        var hospitalEstimate = SettingEstimates.Total(CareSetting.HospitalOutpatient, [.. lines.Select(hospital.Price)], FitOf, dateOfService, unpriced ?? []);
        return new SiteOfCareEstimate
        {
            DateOfService = dateOfService,
            Office = officeEstimate,
            HospitalOutpatient = hospitalEstimate,
            Difference = Difference(officeEstimate, hospitalEstimate),
            Notes = [.. Notes(officeEstimate), .. Notes(hospitalEstimate)],
            Excludes = EstimateExclusions.All,
        };
    }

    private static EstimateDifference Difference(SettingEstimate office, SettingEstimate hospital)
    {
        var allowed = hospital.Allowed - office.Allowed;
        var partial = office.Status == EstimateStatus.Partial || hospital.Status == EstimateStatus.Partial;
        var basis = $"hospital outpatient {Money.Dollars(hospital.Allowed)} - office {Money.Dollars(office.Allowed)} = {Money.Dollars(allowed)}"
            + (partial ? " (priced lines only: an estimate is partial)" : "");
        return new EstimateDifference(allowed, hospital.Coinsurance - office.Coinsurance, partial ? EstimateStatus.Partial : EstimateStatus.Complete, basis);
    }

    private static IEnumerable<string> Notes(SettingEstimate setting)
    {
        var name = setting.Setting == CareSetting.Office ? "office" : "hospitalOutpatient";
        foreach (var note in setting.Sources.Select(s => s.Note).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            yield return $"{name}: {note}";
        }

        if (setting.Status == EstimateStatus.Partial)
        {
            var missing = setting.MissingCodes.Count == 0 ? null : $"no amount for {string.Join(", ", setting.MissingCodes)} (see each line's basis)";
            var uncoded = setting.Unpriced.Count == 0 ? null : $"not priced because not coded: {string.Join("; ", setting.Unpriced)}";
            yield return $"{name}: partial; {string.Join("; ", new[] { missing, uncoded }.OfType<string>())}.";
        }
    }
}
