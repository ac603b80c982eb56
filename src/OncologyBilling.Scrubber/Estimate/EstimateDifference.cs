namespace OncologyBilling.Scrubber.Estimate;

/// <summary>Hospital outpatient minus office, for the allowed amount and the coinsurance.</summary>
public sealed record EstimateDifference(decimal Allowed, decimal Coinsurance, EstimateStatus Status, string Basis);
