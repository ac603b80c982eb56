using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Rates;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>A rate release a setting used, how it fits the date of service, and what that means when it does not.</summary>
public sealed record EstimateSource(TableVersion Table, ReleaseFit Fit, string? Note);
