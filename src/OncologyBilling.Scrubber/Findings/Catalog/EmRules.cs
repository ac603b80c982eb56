namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>E/M with drug administration (coding-rules.md §8.1).</summary>
public static class EmRules
{
    private const string F = RuleFamilies.EvaluationAndManagement;

    public static readonly RuleDefinition Em01 = new("EM-01", F, FindingSeverity.Warning,
        "99211 is not payable with drug administration on the same date; it is removed.",
        "coding-rules.md §8.1 [S2a][S2b][S29]");

    public static readonly RuleDefinition Em02 = new("EM-02", F, FindingSeverity.Warning,
        "An office E/M (99202–99215) with drug administration needs modifier 25 for a separately identifiable service.",
        "coding-rules.md §8.1 [S2a][S2c]");

    public static readonly RuleDefinition Em03 = new("EM-03", F, FindingSeverity.Warning,
        "Hospital clinic visit G0463 with drug administration: modifier 25 when separately identifiable (UNCONFIRMED).",
        "coding-rules.md §8.1");

    public static readonly RuleDefinition Em04 = new("EM-04", F, FindingSeverity.Warning,
        "A physician E/M in the hospital outpatient setting belongs on the professional claim (POS 19/22), not the " +
        "institutional claim.",
        "coding-rules.md §8.1, §2 SET-02 [S5][S32]");

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Em01, Em02, Em03, Em04,
    ];
}
