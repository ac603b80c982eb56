namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>Diagnoses (coding-rules.md §7).</summary>
public static class DiagnosisRules
{
    private const string F = RuleFamilies.Diagnoses;

    public static readonly RuleDefinition Dx00 = new("DX-00", F, FindingSeverity.Error,
        "Every ICD-10-CM code must be valid and billable on the date of service (a header such as C50.91 is not).",
        "coding-rules.md §11; CDC ICD-10-CM codes file (billable codes only)");

    public static readonly RuleDefinition Dx01 = new("DX-01", F, FindingSeverity.Info,
        "An encounter chiefly for chemotherapy lists Z51.11 first and the malignancy treated next.",
        "coding-rules.md §7, ICD-10-CM §I.C.2.e.2 [S19a]");

    public static readonly RuleDefinition Dx02 = new("DX-02", F, FindingSeverity.Info,
        "An encounter chiefly for immunotherapy lists Z51.12 first and the malignancy treated next.",
        "coding-rules.md §7 [S19a]");

    public static readonly RuleDefinition Dx03 = new("DX-03", F, FindingSeverity.Info,
        "Chemotherapy and immunotherapy in one encounter: both Z51.11 and Z51.12, then the malignancy.",
        "coding-rules.md §7 [S19a]");

    public static readonly RuleDefinition Dx04 = new("DX-04", F, FindingSeverity.Error,
        "Z51.11/Z51.12 need an active neoplasm code on the claim.",
        "coding-rules.md §7 [S19a]");

    public static readonly RuleDefinition Dx05 = new("DX-05", F, FindingSeverity.Warning,
        "Targeted monoclonals: Z51.11 vs Z51.12 is UNCONFIRMED; the configured default is used for review.",
        "coding-rules.md §7");

    public static readonly RuleDefinition Dx06 = new("DX-06", F, FindingSeverity.Warning,
        "Only a hormonal antineoplastic given: the malignancy is listed first (Z51.11 UNCONFIRMED); coder review.",
        "coding-rules.md §7");

    public static readonly RuleDefinition Dx08 = new("DX-08", F, FindingSeverity.Error,
        "Treatment directed at a site coded only as Z85 history: use the active malignancy code.",
        "coding-rules.md §7 [S19b]");

    public static readonly RuleDefinition Dx09 = new("DX-09", F, FindingSeverity.Warning,
        "An active malignancy and a Z85 history code for the same site on one claim.",
        "coding-rules.md §7 [S19b]");

    public static readonly RuleDefinition Dx10 = new("DX-10", F, FindingSeverity.Error,
        "A supportive-only encounter (no antineoplastic) must not use Z51.11/Z51.12.",
        "coding-rules.md §7 [S10][S19a]");

    public static readonly RuleDefinition Dx12 = new("DX-12", F, FindingSeverity.Warning,
        "Antineoplastic drug and administration lines point to the malignancy.",
        "coding-rules.md §7");

    public static readonly RuleDefinition Dx13 = new("DX-13", F, FindingSeverity.Info,
        "At most 4 diagnosis pointers per line.",
        "coding-rules.md §7");

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Dx00, Dx01, Dx02, Dx03, Dx04, Dx05, Dx06, Dx08, Dx09, Dx10, Dx12, Dx13,
    ];
}
