using OncologyBilling.ReferenceData;
using OncologyBilling.Scrubber.Estimate;
using OncologyBilling.Scrubber.Findings;

namespace OncologyBilling.Scrubber.Model;

/// <summary>The scrubbed claim: numbered lines in contract order, diagnoses with pointers, findings and checks.</summary>
public sealed record ScrubResult
{
    public required string EncounterId { get; init; }
    public required Guid RunId { get; init; }
    public required ClaimStatus Status { get; init; }
    public required ClaimType ClaimType { get; init; }
    public required DateOnly DateOfService { get; init; }
    public required IReadOnlyList<ClaimDiagnosis> Diagnoses { get; init; }
    public required IReadOnlyList<NumberedLine> Lines { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }
    public required IReadOnlyList<CheckResult> Checks { get; init; }
    public required string ReferenceDataVersion { get; init; }
    public required IReadOnlyList<TableVersion> Tables { get; init; }

    /// <summary>Site-of-care cost estimate; null when the request turned it off.</summary>
    public SiteOfCareEstimate? Estimate { get; init; }

    public override string ToString() => $"ScrubResult {{ RunId = {RunId}, Status = {Status} }}";
}
