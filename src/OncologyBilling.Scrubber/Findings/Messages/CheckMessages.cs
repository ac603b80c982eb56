using OncologyBilling.ReferenceData;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>
/// Words of the response's <c>checks</c> notes: what a rule family could not check fully, and why. One place, so a
/// release that does not cover the date of service is reported the same way by every family.
/// </summary>
internal static class CheckMessages
{
    /// <summary>"MUE 2026-Q1 does not cover 2026-12-01; nearest release used".</summary>
    public static string NearestRelease(string release, DateOnly dateOfService) =>
        $"{release} does not cover {Wording.Date(dateOfService)}; nearest release used";

    public static string DiagnosesNotCovered(string version, DateOnly dateOfService) =>
        $"ICD-10-CM {version} does not cover {Wording.Date(dateOfService)}; findings are warnings";

    public static string PtpNotCovered(string release, TableVersion version, DateOnly dateOfService) =>
        $"checked against {release} (effective {Wording.Date(version.EffectiveFrom)}"
        + (version.EffectiveTo is { } end ? $" to {Wording.Date(end)}" : string.Empty)
        + $"), which does not cover {Wording.Date(dateOfService)}: edits added, deleted or re-indicated since that release are missing";

    public static string NoStatusIndicator(IEnumerable<string> codes) =>
        $"no OPPS status indicator for {string.Join(", ", codes)}: treated as separately payable";
}
