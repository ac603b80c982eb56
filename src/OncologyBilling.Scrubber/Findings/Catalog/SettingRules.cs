namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>Setting and claim-type rules (coding-rules.md §2) that change administration coding.</summary>
public static class SettingRules
{
    private const string F = RuleFamilies.Setting;

    public static readonly RuleDefinition Set03 = new("SET-03", F, FindingSeverity.Info,
        "Initial service: the primary reason for the encounter in the office, the facility hierarchy in the hospital.",
        "coding-rules.md §2 [S32][S31][S12c][S4][S10]");

    public static readonly RuleDefinition Set04 = new("SET-04", F, FindingSeverity.Error,
        "96376 (same drug pushed again) is reported only by facilities; a professional claim gets no code for it.",
        "coding-rules.md §2 [S14]");

    public static readonly RuleDefinition Set06 = new("SET-06", F, FindingSeverity.Info,
        "Each hospital outpatient line gets its revenue code from the revenue-codes table (0335 chemotherapy IV, 0331 chemotherapy injected, 0260 IV therapy, 0636 drugs requiring detailed coding, 0258 IV solutions, 0510 clinic); a line the table does not cover gets none.",
        "coding-rules.md §2 SET-06 (UNCONFIRMED defaults; verify against NUBC)");

    public static readonly RuleDefinition Set08 = new("SET-08", F, FindingSeverity.Info,
        "On a hospital claim the on-body injector application 96377 is reported but packaged under OPPS.",
        "coding-rules.md §2 [S15c]");

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Set03, Set04, Set06, Set08,
    ];
}
