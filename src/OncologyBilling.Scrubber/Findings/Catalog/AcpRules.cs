namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>Advance care planning (coding-rules.md §8.2).</summary>
public static class AcpRules
{
    private const string F = RuleFamilies.AdvanceCarePlanning;

    public static readonly RuleDefinition Acp01 = new("ACP-01", F, FindingSeverity.Info,
        "ACP minutes < 16: not reportable; ≥ 16: 99497 × 1.",
        "coding-rules.md §8.2 [S21]");

    public static readonly RuleDefinition Acp02 = new("ACP-02", F, FindingSeverity.Info,
        "99498 units = floor((minutes − 16) ÷ 30) from 46 minutes: 46–75 → 1, 76–105 → 2.",
        "coding-rules.md §8.2 [S21]");

    public static readonly RuleDefinition Acp03 = new("ACP-03", F, FindingSeverity.Info,
        "ACP with an annual wellness visit (G0438/G0439) on the claim takes modifier 33; otherwise no 33.",
        "coding-rules.md §8.2 [S21]");

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Acp01, Acp02, Acp03,
    ];
}
