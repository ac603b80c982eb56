namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>Input checks (coding-rules.md §1): stop times, midnight, containers, mistyped codes.</summary>
public static class InputRules
{
    private const string F = RuleFamilies.Input;

    public static readonly RuleDefinition Inp01 = new("INP-01", F, FindingSeverity.Error,
        "An infusion has no stop time: no time units are computed for it; hydration without a stop time is not billable.",
        "coding-rules.md §1 [S12c]");

    public static readonly RuleDefinition Inp02 = new("INP-02", F, FindingSeverity.Error,
        "An administration stops before it starts.",
        "coding-rules.md §1 (data integrity)");

    public static readonly RuleDefinition Inp03 = new("INP-03", F, FindingSeverity.Warning,
        "An administration crosses midnight: one encounter, each line on the date its service started; how to split time units " +
        "across the dates is UNCONFIRMED, so review.",
        "coding-rules.md §1 [S9][S14]");

    public static readonly RuleDefinition CodeFix01 = new("CODE-FIX-01", F, FindingSeverity.Warning,
        "96268 is not the concurrent infusion code; 96368 is, and only when an infusion actually overlapped another.",
        "coding-rules.md §0.2, §1");

    public static readonly RuleDefinition Inp04 = new("INP-04", F, FindingSeverity.Warning,
        "No containers documented for a drug the catalog lists as single-dose: JW/JZ cannot be decided.",
        "coding-rules.md §1 [S16a]");

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Inp01, Inp02, Inp03, CodeFix01, Inp04,
    ];
}
