namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>Diagnosis sequencing (coding-rules.md §7).</summary>
public static class DiagnosisRules
{
    private const string F = RuleFamilies.Diagnoses;

    public static readonly RuleDefinition Chemo01 = new("DX-01", F, FindingSeverity.Info,
        "An encounter chiefly for chemotherapy lists Z51.11 first and the malignancy treated next.", "coding-rules.md §7, ICD-10-CM §I.C.2.e.2 [S19a]");

    public static readonly RuleDefinition Immuno02 = new("DX-02", F, FindingSeverity.Info,
        "An encounter chiefly for immunotherapy lists Z51.12 first and the malignancy treated next.", "coding-rules.md §7 [S19a]");

    public static readonly RuleDefinition NoNeoplasm04 = new("DX-04", F, FindingSeverity.Error,
        "Z51.11/Z51.12 need an active neoplasm code on the claim.", "coding-rules.md §7 [S19a]");

    public static IReadOnlyList<RuleDefinition> All { get; } = [Chemo01, Immuno02, NoNeoplasm04];
}
