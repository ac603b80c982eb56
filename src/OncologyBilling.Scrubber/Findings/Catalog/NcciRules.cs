namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>NCCI procedure-to-procedure and add-on edits (coding-rules.md §8.3).</summary>
public static class NcciRules
{
    public static readonly RuleDefinition Ncci01 = new("NCCI-01", RuleFamilies.NcciPtp, FindingSeverity.Error,
        "A code pair edited by the CMS PTP table for the claim type (indicator 0: never; 1: only with a bypass modifier).",
        "coding-rules.md §8.3 [S25]");

    public static readonly RuleDefinition Ncci02 = new("NCCI-02", RuleFamilies.NcciAddOn, FindingSeverity.Error,
        "An add-on code without its primary code on the claim.",
        "coding-rules.md §8.3 [S27]");

    public static readonly RuleDefinition Ncci05 = new("NCCI-05", RuleFamilies.NcciPtp, FindingSeverity.Error,
        "96360 is never reported with a higher service (96365/96374/96409/96413): the hydration becomes 96361.",
        "coding-rules.md §8.3 [S4]");

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Ncci01, Ncci02, Ncci05,
    ];
}
