namespace OncologyBilling.Scrubber.Model;

/// <summary>rejected: any error finding; needsReview: any warning; else clean.</summary>
public enum ClaimStatus
{
    /// <summary>No error or warning findings.</summary>
    Clean,
    /// <summary>At least one warning finding and no errors.</summary>
    NeedsReview,
    /// <summary>At least one error finding: the claim would be denied as built.</summary>
    Rejected,
}
