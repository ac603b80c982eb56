namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>Administration rules (coding-rules.md §4): push vs infusion, initial service, time units.</summary>
public static class AdministrationRules
{
    private const string F = RuleFamilies.Administration;

    public static readonly RuleDefinition Push01 = new("ADM-PUSH-01", F, FindingSeverity.Info,
        "An IV administration of 15 minutes or less is a push: 96409 (chemotherapy) or 96374 (therapeutic).", "coding-rules.md §4.1 [S4][S1c][S13a]");

    public static readonly RuleDefinition Push02 = new("ADM-PUSH-02", F, FindingSeverity.Info,
        "An IV infusion of 16 minutes or more is an infusion: 96413 (chemotherapy) or 96365 (therapeutic).", "coding-rules.md §4.1 [S11a]");

    public static readonly RuleDefinition Init01 = new("ADM-INIT-01", F, FindingSeverity.Error,
        "Exactly one initial administration code per encounter (office) or per access site (hospital outpatient).", "coding-rules.md §4.2 [S1b][S9]");

    public static readonly RuleDefinition Init02 = new("ADM-INIT-02", F, FindingSeverity.Info,
        "The initial service is the highest in the hierarchy: chemotherapy infusion, push, injection, then therapeutic, then hydration.", "coding-rules.md §4.2 [S4][S10]");

    public static readonly RuleDefinition Time01 = new("ADM-TIME-01", F, FindingSeverity.Info,
        "A chemotherapy infusion of 16 minutes or more is 96413 × 1, covering up to 90 minutes.", "coding-rules.md §4.3 [S11a][S11b]");

    public static readonly RuleDefinition Time02 = new("ADM-TIME-02", F, FindingSeverity.Info,
        "Additional chemotherapy hours 96415 = floor((T − 31) / 60): 91–150 min → 1, 151–210 → 2.", "coding-rules.md §4.3 [S11b]");

    public static IReadOnlyList<RuleDefinition> All { get; } = [Push01, Push02, Init01, Init02, Time01, Time02];
}
