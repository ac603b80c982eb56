namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>
/// Administration rules (coding-rules.md §4): push vs infusion, initial service, time units here; sequential,
/// concurrent, hydration, injections, pumps, sites and dates in AdministrationRules.Sequences.cs.
/// </summary>
public static partial class AdministrationRules
{
    private const string F = RuleFamilies.Administration;

    public static readonly RuleDefinition Push01 = new("ADM-PUSH-01", F, FindingSeverity.Info,
        "An IV administration of 15 minutes or less is a push: 96409 (chemotherapy) or 96374 (therapeutic); more drugs 96411 / 96375.", "coding-rules.md §4.1 [S4][S1c][S13a]");

    public static readonly RuleDefinition Push02 = new("ADM-PUSH-02", F, FindingSeverity.Info,
        "An IV infusion of 16 minutes or more is an infusion: 96413 (chemotherapy) or 96365 (therapeutic).", "coding-rules.md §4.1 [S11a]");

    public static readonly RuleDefinition Push03 = new("ADM-PUSH-03", F, FindingSeverity.Info,
        "Drugs mixed in one bag are one infusion (one administration code); each drug keeps its own drug line.", "coding-rules.md §4.1 [S13a]");

    public static readonly RuleDefinition Push04 = new("ADM-PUSH-04", F, FindingSeverity.Info,
        "The same therapeutic drug pushed again more than 30 minutes after its last push is 96376 in the hospital, no code in the office; within 30 minutes it is not reportable.", "coding-rules.md §4.1 [S14]");

    public static readonly RuleDefinition Init01 = new("ADM-INIT-01", F, FindingSeverity.Error,
        "Exactly one initial administration code per encounter (office) or per access site (hospital outpatient); every other service is an add-on.", "coding-rules.md §4.2 [S1b][S9]");

    public static readonly RuleDefinition Init02 = new("ADM-INIT-02", F, FindingSeverity.Info,
        "Hospital initial service: the highest in the hierarchy, whatever its start time: chemotherapy infusion > push > SC/IM, then therapeutic infusion > push > SC/IM, then hydration.", "coding-rules.md §4.2 [S4][S10]");

    public static readonly RuleDefinition Init03 = new("ADM-INIT-03", F, FindingSeverity.Info,
        "Office initial service: the primary reason for the encounter, by default the same hierarchy (the request carries no other primary reason).", "coding-rules.md §4.2 [S32][S12c]");

    public static readonly RuleDefinition Init04 = new("ADM-INIT-04", F, FindingSeverity.Info,
        "The hierarchy wins over chronology: hydration with a therapeutic push is 96374 + 96361, never 96360 + 96374.", "coding-rules.md §4.2 [S4]");

    public static readonly RuleDefinition Init05 = new("ADM-INIT-05", F, FindingSeverity.Info,
        "With a chemotherapy infusion as the initial service, a chemotherapy push of a different drug is 96411.", "coding-rules.md §4.2 [S4]");

    public static readonly RuleDefinition Init06 = new("ADM-INIT-06", F, FindingSeverity.Info,
        "Therapeutic services before or after a chemotherapy initial are add-ons: pushes 96375, infusions 96367 (sequential) or 96368 (concurrent).", "coding-rules.md §4.2 [S12c]");

    public static readonly RuleDefinition Time01 = new("ADM-TIME-01", F, FindingSeverity.Info,
        "A chemotherapy infusion of 16 minutes or more is 96413 × 1, covering up to 90 minutes.", "coding-rules.md §4.3 [S11a][S11b]");

    public static readonly RuleDefinition Time02 = new("ADM-TIME-02", F, FindingSeverity.Info,
        "Additional chemotherapy hours 96415 = floor((T − 31) / 60): 91–150 min → 1, 151–210 → 2, 211–270 → 3.", "coding-rules.md §4.3 [S11b]");

    public static readonly RuleDefinition Time03 = new("ADM-TIME-03", F, FindingSeverity.Info,
        "A therapeutic infusion of 16 minutes or more is 96365 × 1; additional hours 96366 = floor((T − 31) / 60).", "coding-rules.md §4.3 [S11a][S11d]");

    public static readonly RuleDefinition Time04 = new("ADM-TIME-04", F, FindingSeverity.Info,
        "A sequential infusion (96367 / 96417) is 1 unit per drug or bag; its additional hours are 96366 / 96415 by floor((T − 31) / 60).", "coding-rules.md §4.3 [S11d]");

    public static readonly RuleDefinition Time05 = new("ADM-TIME-05", F, FindingSeverity.Info,
        "Hydration as the only service: 30 minutes or less is not reportable; 31 or more is 96360, plus 96361 × floor((T − 31) / 60).", "coding-rules.md §4.3 [S11c][S12c]");

    public static readonly RuleDefinition Time06 = new("ADM-TIME-06", F, FindingSeverity.Info,
        "Hydration after a different initial service: non-concurrent minutes T ≥ 31 give 96361 × (1 + floor((T − 31) / 60)).", "coding-rules.md §4.3 [S11c][S12c]");

    public static readonly RuleDefinition Time07 = new("ADM-TIME-07", F, FindingSeverity.Warning,
        "Hydration split before and after a drug is added up (setting hydrationSumSegments, default true, UNCONFIRMED); some payers reject a sum that includes a segment under 31 minutes.", "coding-rules.md §4.3 (CPT Assistant June 2007 as quoted)");

    // A computed property: static field initialisers of the other partial file may not have run yet.
    public static IReadOnlyList<RuleDefinition> All =>
    [
        Push01, Push02, Push03, Push04, Init01, Init02, Init03, Init04, Init05, Init06, Init07,
        Time01, Time02, Time03, Time04, Time05, Time06, Time07,
        Seq01, Seq02, Seq03, Seq04, Seq05, Conc01, Conc02, Conc03, Conc04, Conc05,
        Hyd03, Hyd04, Inj01, Inj02, Inj03, Pump01, Pump02, Site01, Dos01, Ncci05,
    ];
}
