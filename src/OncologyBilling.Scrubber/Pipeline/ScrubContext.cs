using OncologyBilling.ReferenceData;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Messages;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>
/// The state one scrub passes through its stages: the encounter in, lines, diagnoses, findings and checks out. It knows
/// which stage is running (<see cref="Run"/>) and refuses a rule that stage has not declared (<see cref="RuleGuard"/>).
/// </summary>
public sealed class ScrubContext(Encounter encounter, ReferenceDataSet referenceData, ScrubberOptions options)
{
    private readonly List<(Finding Finding, ClaimLine? Line)> _findings = [];
    // Sized for every rule family (about a dozen report a check), so the table is not regrown during a scrub.
    private readonly Dictionary<string, CheckResult> _checks = new(16);
    private readonly HashSet<int> _settled = [];
    private readonly RuleGuard _guard = new(options.UndeclaredRules);

    public Encounter Encounter { get; } = encounter;
    public ReferenceDataSet ReferenceData { get; } = referenceData;
    public ScrubberOptions Options { get; } = options;
    public DateOnly DateOfService => Encounter.DateOfService;

    /// <summary>Filled by the classification stage, one per administration, in request order.</summary>
    public List<ClassifiedAdministration> Administrations { get; } = [];
    // Sized for an administration line and a drug line per administration, plus the services sent.
    public List<ClaimLine> Lines { get; } = new((encounter.Administrations.Count * 2) + encounter.Services.Count);

    /// <summary>Filled by the timeline stage: billable administrations per access site, then their initial services.</summary>
    public AdministrationTimeline Timeline { get; set; } = AdministrationTimeline.Empty;

    /// <summary>The claim's diagnoses in billing order (dotted codes); starts as the request order.</summary>
    public List<string> Diagnoses { get; } = [.. encounter.Diagnoses];

    public IReadOnlyList<(Finding Finding, ClaimLine? Line)> Findings => _findings;
    public IEnumerable<CheckResult> Checks => _checks.Values;

    /// <summary>The stage now applying, or null outside <see cref="Run"/>.</summary>
    public IScrubStage? Stage => _guard.Stage;

    /// <summary>(stage, rule id) pairs used without being declared; only filled when <see cref="UndeclaredRules.Log"/>.</summary>
    public IReadOnlyList<(string Stage, string RuleId)> UndeclaredRules => _guard.Undeclared;

    /// <summary>Applies one stage; every rule it reports or stamps on a line must be one of its <see cref="IScrubStage.Rules"/>.</summary>
    public void Run(IScrubStage stage)
    {
        _guard.Enter(stage);
        try
        {
            stage.Apply(this);
            _guard.CheckStamps(Lines);
        }
        finally
        {
            _guard.Leave();
        }
    }

    /// <summary>Reports <paramref name="rule"/> with the facts it decided on; the message comes from the message catalog.</summary>
    public void Report(RuleDefinition rule, string? path, Facts facts, ClaimLine? line = null, FindingSeverity? severity = null)
    {
        _guard.Check(rule.Id);
        var finding = new Finding(rule.Id, severity ?? rule.Severity, MessageCatalog.Finding(rule, facts), path, null) { Facts = facts };
        _findings.Add((finding, line));
    }

    /// <summary>
    /// Marks a sent service as decided by the running stage (96268 by the code fix, JW/JZ lines by the drug lines): it is
    /// never billed as sent, and the service-line stage passes it by. Every sent service is decided once.
    /// </summary>
    public void Settle(ServiceItem service) => _settled.Add(service.Index);

    public bool IsSettled(ServiceItem service) => _settled.Contains(service.Index);

    /// <summary>Records whether a family ran; a later call for the same family replaces the earlier one.</summary>
    public void Check(string family, CheckStatus status, string? dataVersion, string? note = null) =>
        _checks[family] = new CheckResult(family, status, dataVersion, note);
}
