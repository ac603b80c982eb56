namespace OncologyBilling.Scrubber.Model;

/// <summary>rejected: any error finding; needsReview: any warning; else clean.</summary>
public enum ClaimStatus
{
    Clean,
    NeedsReview,
    Rejected,
}
