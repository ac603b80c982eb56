namespace OncologyBilling.Scrubber.Estimate;

/// <summary>Whether every line of a setting got an amount.</summary>
public enum EstimateStatus
{
    Complete,

    /// <summary>
    /// At least one line has no rate (named in <c>missingCodes</c>) or something given could not be coded (named in
    /// <c>unpriced</c>); totals cover the priced lines only.
    /// </summary>
    Partial,
}
