namespace OncologyBilling.Scrubber.Model;

/// <summary>
/// What the returned claim is (issue 11 item 5): rejected when any finding is an error, i.e. something the client must
/// fix before it can be billed; needsReview when any is a warning; else clean. A correction the engine made itself (a
/// line removed, a code replaced) is reported as a warning or info finding, never an error, because the claim it returns
/// no longer carries the problem.
/// </summary>
public enum ClaimStatus
{
    /// <summary>No error or warning findings.</summary>
    Clean,
    /// <summary>At least one warning finding and no errors.</summary>
    NeedsReview,
    /// <summary>At least one error finding: the claim cannot be billed until the client fixes what the finding names.</summary>
    Rejected,
}
