namespace OncologyBilling.Api.Contracts;

/// <summary>
/// What Medicare would allow for the claim's lines in the physician office and in the hospital outpatient department,
/// the patient's coinsurance and the difference, from national fee schedules with the arithmetic shown (docs/estimate.md).
/// </summary>
public sealed record EstimateOutput
{
    /// <summary>The date of service the rate releases were chosen for.</summary>
    public required DateOnly DateOfService { get; init; }

    /// <summary>Physician office: PFS national non-facility amounts for administration and service lines, ASP limit x units for drug lines.</summary>
    public required EstimateSettingOutput Office { get; init; }

    /// <summary>Hospital outpatient department: OPPS Addendum B payment rate x units by status indicator.</summary>
    public required EstimateSettingOutput HospitalOutpatient { get; init; }

    /// <summary>Hospital outpatient minus office.</summary>
    public required EstimateDifferenceOutput Difference { get; init; }

    /// <summary>Releases that predate the date of service, codes without a rate.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>What the amounts do not include (geographic adjustment, sequestration, packaging beyond the status indicator, commercial payers...).</summary>
    public required IReadOnlyList<string> Excludes { get; init; }
}
