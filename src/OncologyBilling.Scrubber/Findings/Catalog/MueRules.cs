namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>Medically Unlikely Edits (coding-rules.md §8.4).</summary>
public static class MueRules
{
    private const string F = RuleFamilies.Mue;

    public static readonly RuleDefinition Mue01 = new("MUE-01", F, FindingSeverity.Info,
        "Units per code are compared with the MUE table of the claim type (practitioner or outpatient hospital).",
        "coding-rules.md §8.4 [S25]");

    public static readonly RuleDefinition Mue02 = new("MUE-02", F, FindingSeverity.Warning,
        "MAI 1 per line; MAI 2/3 per date of service. Over the limit: error for MAI 2, warning for MAI 1/3.",
        "coding-rules.md §8.4 [S25]");

    public static readonly RuleDefinition Mue03 = new("MUE-03", F, FindingSeverity.Info,
        "JW units count toward the date-of-service MUE of the drug (configurable; UNCONFIRMED).",
        "coding-rules.md §8.4 [S16b]");

    public static readonly RuleDefinition Mue04 = new("MUE-04", F, FindingSeverity.Info,
        "MUE values are loaded from the CMS tables, never assumed.",
        "coding-rules.md §8.4");

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Mue01, Mue02, Mue03, Mue04,
    ];
}
