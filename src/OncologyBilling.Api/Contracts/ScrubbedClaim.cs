namespace OncologyBilling.Api.Contracts;

/// <summary>The claim the encounter should be billed as, with findings and the checks that ran.</summary>
public sealed record ScrubbedClaim
{
    /// <summary>The encounter reference sent in the request.</summary>
    public required string EncounterId { get; init; }

    /// <summary>Identifier minted for this scrub; quote it when asking about a result. Also in the logs.</summary>
    public required Guid RunId { get; init; }

    /// <summary>
    /// The returned claim, as returned. rejected: it cannot be billed until the client fixes something the engine could
    /// not resolve (an unresolved drug, a missing category, an error edit); needsReview: billable, but a warning asks a
    /// person to look (including corrections the engine made itself: a line removed as bundled, a code replaced);
    /// clean: neither. An error finding always means rejected, so a correction the engine made is never an error.
    /// </summary>
    public required ClaimStatus Status { get; init; }

    /// <summary>professional (837P / CMS-1500) for office; institutional (837I / UB-04) for hospital outpatient.</summary>
    public required ClaimType ClaimType { get; init; }

    /// <summary>The date of service used for code and reference-data effective dates.</summary>
    public required DateOnly DateOfService { get; init; }

    /// <summary>ICD-10-CM codes in billing order, with the pointer lines use.</summary>
    public required IReadOnlyList<DiagnosisOutput> Diagnoses { get; init; }

    /// <summary>Administration lines in hierarchy order, then drug lines, then service lines.</summary>
    public required IReadOnlyList<LineOutput> Lines { get; init; }

    /// <summary>Billing problems and explanations, each with a rule id, severity and JSON path.</summary>
    public required IReadOnlyList<FindingOutput> Findings { get; init; }

    /// <summary>For every rule family: whether it ran and with which data. notChecked is never a silent pass.</summary>
    public required IReadOnlyList<CheckOutput> Checks { get; init; }

    /// <summary>Which reference data the scrub used.</summary>
    public required ReferenceDataOutput ReferenceData { get; init; }

    /// <summary>Site-of-care cost estimate: Medicare national allowed amounts in the office and the hospital outpatient department; null when the request sent "estimate": false.</summary>
    public EstimateOutput? Estimate { get; init; }
}
