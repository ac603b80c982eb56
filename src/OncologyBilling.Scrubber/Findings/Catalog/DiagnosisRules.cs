namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>Diagnoses (coding-rules.md §7).</summary>
public static class DiagnosisRules
{
    private const string F = RuleFamilies.Diagnoses;
    private const string S = "coding-rules.md §7";

    public static readonly RuleDefinition Valid00 = new("DX-00", F, FindingSeverity.Error, "Every ICD-10-CM code must be valid and billable on the date of service (a header such as C50.91 is not).", "coding-rules.md §11; CDC ICD-10-CM codes file (billable codes only)");
    public static readonly RuleDefinition Chemo01 = new("DX-01", F, FindingSeverity.Info, "An encounter chiefly for chemotherapy lists Z51.11 first and the malignancy treated next.", $"{S}, ICD-10-CM §I.C.2.e.2 [S19a]");
    public static readonly RuleDefinition Immuno02 = new("DX-02", F, FindingSeverity.Info, "An encounter chiefly for immunotherapy lists Z51.12 first and the malignancy treated next.", $"{S} [S19a]");
    public static readonly RuleDefinition Both03 = new("DX-03", F, FindingSeverity.Info, "Chemotherapy and immunotherapy in one encounter: both Z51.11 and Z51.12, then the malignancy.", $"{S} [S19a]");
    public static readonly RuleDefinition NoNeoplasm04 = new("DX-04", F, FindingSeverity.Error, "Z51.11/Z51.12 need an active neoplasm code on the claim.", $"{S} [S19a]");
    public static readonly RuleDefinition Mapping05 = new("DX-05", F, FindingSeverity.Warning, "Targeted monoclonals: Z51.11 vs Z51.12 is UNCONFIRMED; the configured default is used for review.", S);
    public static readonly RuleDefinition Hormonal06 = new("DX-06", F, FindingSeverity.Warning, "Only a hormonal antineoplastic given: the malignancy is listed first (Z51.11 UNCONFIRMED); coder review.", S);
    public static readonly RuleDefinition History08 = new("DX-08", F, FindingSeverity.Error, "Treatment directed at a site coded only as Z85 history: use the active malignancy code.", $"{S} [S19b]");
    public static readonly RuleDefinition History09 = new("DX-09", F, FindingSeverity.Warning, "An active malignancy and a Z85 history code for the same site on one claim.", $"{S} [S19b]");
    public static readonly RuleDefinition Supportive10 = new("DX-10", F, FindingSeverity.Error, "A supportive-only encounter (no antineoplastic) must not use Z51.11/Z51.12.", $"{S} [S10][S19a]");
    public static readonly RuleDefinition Pointers12 = new("DX-12", F, FindingSeverity.Warning, "Antineoplastic drug and administration lines point to the malignancy.", S);
    public static readonly RuleDefinition Capacity13 = new("DX-13", F, FindingSeverity.Info, "At most 4 diagnosis pointers per line.", S);

    public static IReadOnlyList<RuleDefinition> All { get; } =
        [Valid00, Chemo01, Immuno02, Both03, NoNeoplasm04, Mapping05, Hormonal06, History08, History09, Supportive10, Pointers12, Capacity13];
}
