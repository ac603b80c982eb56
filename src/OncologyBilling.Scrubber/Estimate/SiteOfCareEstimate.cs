namespace OncologyBilling.Scrubber.Estimate;

/// <summary>
/// The claim's Medicare national allowed amount in the office (PFS non-facility, ASP) and in the hospital
/// outpatient department (OPPS Addendum B), the patient's coinsurance, and the difference. See docs/estimate.md.
/// </summary>
public sealed record SiteOfCareEstimate
{
    public required DateOnly DateOfService { get; init; }
    public required SettingEstimate Office { get; init; }
    public required SettingEstimate HospitalOutpatient { get; init; }
    public required EstimateDifference Difference { get; init; }

    /// <summary>Release and partial-pricing notes: which release predates the date of service, which codes have no rate.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>What the amounts leave out (geographic adjustment, sequestration, ...).</summary>
    public required IReadOnlyList<string> Excludes { get; init; }
}
