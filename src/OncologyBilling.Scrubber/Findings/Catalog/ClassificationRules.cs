namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>Substance classification (coding-rules.md §3).</summary>
public static class ClassificationRules
{
    private const string F = RuleFamilies.Classification;

    public static readonly RuleDefinition UnknownDrug = new("CLS-00", F, FindingSeverity.Warning,
        "The drug is not in the catalog for the date of service; no code is guessed for it.", "coding-rules.md §3, §10 (catalog scope)");

    public static readonly RuleDefinition Chemo01 = new("CLS-01", F, FindingSeverity.Info,
        "Antineoplastics and complex biologics are chemotherapy/complex administration (96401–96549).", "coding-rules.md §3 [S5][S6][S1c]");

    public static readonly RuleDefinition Therapeutic02 = new("CLS-02", F, FindingSeverity.Info,
        "Anti-emetics, steroids, antihistamines, growth factors, bone agents, iron and leucovorin are therapeutic (96365–96379).", "coding-rules.md §3 [S8][S13b]");

    public static readonly RuleDefinition Override06 = new("CLS-06", F, FindingSeverity.Info,
        "The catalog category is a default; a documented category on the administration overrides it.", "coding-rules.md §3 [S7a][S7b][S1c]");

    public static IReadOnlyList<RuleDefinition> All { get; } = [UnknownDrug, Chemo01, Therapeutic02, Override06];
}
