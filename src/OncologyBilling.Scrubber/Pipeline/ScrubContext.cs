using OncologyBilling.ReferenceData;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>The state one scrub passes through its stages: the encounter in, lines, diagnoses, findings and checks out.</summary>
public sealed class ScrubContext(Encounter encounter, ReferenceDataSet referenceData, ScrubberOptions options)
{
    private readonly List<(Finding Finding, ClaimLine? Line)> _findings = [];
    private readonly Dictionary<string, CheckResult> _checks = [];

    public Encounter Encounter { get; } = encounter;
    public ReferenceDataSet ReferenceData { get; } = referenceData;
    public ScrubberOptions Options { get; } = options;
    public DateOnly DateOfService => Encounter.DateOfService;

    /// <summary>Filled by the classification stage, one per administration, in request order.</summary>
    public List<ClassifiedAdministration> Administrations { get; } = [];
    public List<ClaimLine> Lines { get; } = [];

    /// <summary>Filled by the timeline stage: billable administrations per access site, then their initial services.</summary>
    public AdministrationTimeline Timeline { get; set; } = AdministrationTimeline.Empty;

    /// <summary>The claim's diagnoses in billing order (dotted codes); starts as the request order.</summary>
    public List<string> Diagnoses { get; } = [.. encounter.Diagnoses];

    public IReadOnlyList<(Finding Finding, ClaimLine? Line)> Findings => _findings;
    public IEnumerable<CheckResult> Checks => _checks.Values;

    public void Report(RuleDefinition rule, string message, string? path = null, ClaimLine? line = null) =>
        _findings.Add((new Finding(rule.Id, rule.Severity, message, path, null), line));

    public void Report(RuleDefinition rule, FindingSeverity severity, string message, string? path = null, ClaimLine? line = null) =>
        _findings.Add((new Finding(rule.Id, severity, message, path, null), line));

    public void RemoveFindings(Predicate<Finding> match) => _findings.RemoveAll(f => match(f.Finding));

    /// <summary>Records whether a family ran; a later call for the same family replaces the earlier one.</summary>
    public void Check(string family, CheckStatus status, string? dataVersion, string? note = null) =>
        _checks[family] = new CheckResult(family, status, dataVersion, note);
}
