using OncologyBilling.Scrubber.Estimate;

namespace OncologyBilling.Api.Contracts;

/// <summary>The claim priced in one setting.</summary>
public sealed record EstimateSettingOutput
{
    /// <summary>office or hospitalOutpatient.</summary>
    public required CareSetting Setting { get; init; }

    /// <summary>
    /// complete, or partial when a line has no rate (see missingCodes) or something given could not be coded and priced
    /// (see unpriced: an unresolved drug, a missing category); totals then cover the priced lines only.
    /// </summary>
    public required EstimateStatus Status { get; init; }

    /// <summary>Medicare allowed amount in dollars, the sum of the lines.</summary>
    /// <example>133.27</example>
    public required decimal Allowed { get; init; }

    /// <summary>The patient's coinsurance in dollars, the sum of the lines.</summary>
    public required decimal Coinsurance { get; init; }

    /// <summary>Allowed minus coinsurance, before deductible and sequestration.</summary>
    public required decimal MedicarePayment { get; init; }

    /// <summary>Codes without a rate in this setting; empty when complete.</summary>
    public required IReadOnlyList<string> MissingCodes { get; init; }

    /// <summary>
    /// What the claim should bill but could not code, so has no amount here (for example "administrations[1]: drug
    /// 'pembrolizumap' not resolved"); empty when everything given was coded.
    /// </summary>
    public required IReadOnlyList<string> Unpriced { get; init; }

    /// <summary>Each claim line priced, with its basis.</summary>
    public required IReadOnlyList<EstimateLineOutput> Lines { get; init; }

    /// <summary>The rate releases this setting used and how they fit the date of service.</summary>
    public required IReadOnlyList<EstimateSourceOutput> Sources { get; init; }
}
