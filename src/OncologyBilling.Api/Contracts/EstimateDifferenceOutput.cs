using OncologyBilling.Scrubber.Estimate;

namespace OncologyBilling.Api.Contracts;

/// <summary>Hospital outpatient minus office.</summary>
public sealed record EstimateDifferenceOutput
{
    /// <summary>Allowed amount difference in dollars (positive: the hospital costs more).</summary>
    public required decimal Allowed { get; init; }

    /// <summary>Coinsurance difference in dollars (positive: the patient pays more in the hospital).</summary>
    public required decimal Coinsurance { get; init; }

    /// <summary>partial when either setting is partial.</summary>
    public required EstimateStatus Status { get; init; }

    /// <summary>The subtraction shown.</summary>
    public required string Basis { get; init; }
}
