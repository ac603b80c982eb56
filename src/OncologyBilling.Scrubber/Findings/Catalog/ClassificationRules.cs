namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>Substance classification (coding-rules.md §3).</summary>
public static class ClassificationRules
{
    private const string F = RuleFamilies.Classification;

    public static readonly RuleDefinition Cls00 = new("CLS-00", F, FindingSeverity.Error,
        "A drug name (generic or brand, any case, salt words such as hydrochloride or sodium optional) that matches no " +
        "catalog drug: the closest catalog names are offered with their HCPCS codes, none is substituted.",
        "coding-rules.md §3, §10 (catalog scope); issue 11 item 3");

    public static readonly RuleDefinition Cls11 = new("CLS-11", F, FindingSeverity.Error,
        "A drug name that fits several catalog drugs once salt words are ignored (methylprednisolone: J2919 or J1010): " +
        "no code is picked; send the HCPCS code.",
        "coding-rules.md §3, §10; issue 11 item 3");

    public static readonly RuleDefinition Cls12 = new("CLS-12", F, FindingSeverity.Error,
        "A drug billed by an active HCPCS code outside the curated catalog has no known category: the request must send " +
        "`category` (chemotherapy, therapeutic, hydration or hormonalAntineoplastic), or no administration code is chosen.",
        "coding-rules.md §3 CLS-01…03, CLS-06; issue 11 item 2");

    public static readonly RuleDefinition Cls01 = new("CLS-01", F, FindingSeverity.Info,
        "Antineoplastics and complex biologics are chemotherapy/complex administration (96401–96549).",
        "coding-rules.md §3 [S5][S6][S1c]");

    public static readonly RuleDefinition Cls02 = new("CLS-02", F, FindingSeverity.Info,
        "Anti-emetics, steroids, antihistamines, growth factors, bone agents, iron and leucovorin are therapeutic " +
        "(96365–96379).",
        "coding-rules.md §3 [S8][S13b]");

    public static readonly RuleDefinition Cls03 = new("CLS-03", F, FindingSeverity.Info,
        "A pre-packaged fluid with no separately coded drug added is hydration (96360/96361).",
        "coding-rules.md §3 [S31][S12b]");

    public static readonly RuleDefinition Cls04 = new("CLS-04", F, FindingSeverity.Info,
        "A fluid sharing a bag with a separately coded drug is that drug's infusion, not hydration.",
        "coding-rules.md §3 [S34][S31]");

    public static readonly RuleDefinition Cls06 = new("CLS-06", F, FindingSeverity.Info,
        "The catalog category is a default; a documented category on the administration overrides it.",
        "coding-rules.md §3 [S7a][S7b][S1c]");

    public static readonly RuleDefinition Cls07 = new("CLS-07", F, FindingSeverity.Info,
        "An antineoplastic given SC or IM is 96401, or 96402 when hormonal (leuprolide, goserelin, fulvestrant, degarelix).",
        "coding-rules.md §3 (CPT 96401/96402 family [S5])");

    public static readonly RuleDefinition Cls08 = new("CLS-08", F, FindingSeverity.Info,
        "A therapeutic drug given SC or IM is 96372.",
        "coding-rules.md §3 [S14]");

    public static readonly RuleDefinition Cls09 = new("CLS-09", F, FindingSeverity.Info,
        "A dose applied with an on-body injector is 96377 instead of 96372.",
        "coding-rules.md §3 [S15c]");

    public static readonly RuleDefinition Cls10 = new("CLS-10", F, FindingSeverity.Warning,
        "The route is not supported for this substance by the scrubber (hydration is only an IV infusion); no administration " +
        "code.",
        "coding-rules.md §3 (scope decision)");

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Cls00, Cls11, Cls12, Cls01, Cls02, Cls03, Cls04, Cls06, Cls07, Cls08, Cls09, Cls10,
    ];
}
