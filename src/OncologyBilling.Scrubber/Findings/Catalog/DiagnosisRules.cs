namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>Diagnoses (coding-rules.md §7).</summary>
public static class DiagnosisRules
{
    private const string F = RuleFamilies.Diagnoses;
    private const string G = "ICD-10-CM Official Guidelines for Coding and Reporting FY2026";

    public static readonly RuleDefinition Dx00 = new("DX-00", F, FindingSeverity.Error,
        "Every ICD-10-CM code must be valid and billable on the date of service (a header such as C50.91 is not).",
        "coding-rules.md §11; CDC ICD-10-CM codes file (billable codes only)");

    public static readonly RuleDefinition Dx01 = new("DX-01", F, FindingSeverity.Info,
        "An encounter chiefly for chemotherapy lists Z51.11 first and the malignancy treated next.",
        $"coding-rules.md §7, {G} §I.C.2.e.2 [S19a]");

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

    public static readonly RuleDefinition Dx07 = new("DX-07", F, FindingSeverity.Info,
        "An antineoplastic given for a non-neoplastic condition keeps its chemotherapy administration code but gets no Z51.11/Z51.12; the condition treated is coded.",
        "coding-rules.md §7 DX-07; ICD-10-CM Tabular Z51.1 Excludes2 (chemotherapy for a nonneoplastic condition: code to the condition) [S19c]");

    public static readonly RuleDefinition Dx08 = new("DX-08", F, FindingSeverity.Error,
        "Treatment directed at a site coded only as Z85 history: use the active malignancy code.",
        "coding-rules.md §7 [S19b]");

    public static readonly RuleDefinition Dx09 = new("DX-09", F, FindingSeverity.Warning,
        "An active malignancy and a Z85 history code for the same site on one claim.",
        "coding-rules.md §7 [S19b]");

    public static readonly RuleDefinition Dx10 = new("DX-10", F, FindingSeverity.Error,
        "A supportive-only encounter (no antineoplastic) must not use Z51.11/Z51.12.",
        "coding-rules.md §7 [S10][S19a]");

    public static readonly RuleDefinition Dx11 = new("DX-11", F, FindingSeverity.Info,
        "Anemia due to chemotherapy, immunotherapy or radiation, treated alone: the anemia code first (D64.81), then the neoplasm, then the adverse-effect code (T45.1X5-).",
        $"coding-rules.md §7 DX-11; {G} §I.C.2.c.2");

    public static readonly RuleDefinition Dx12 = new("DX-12", F, FindingSeverity.Warning,
        "Antineoplastic drug and administration lines point to the malignancy.",
        "coding-rules.md §7");

    public static readonly RuleDefinition Dx13 = new("DX-13", F, FindingSeverity.Info,
        "At most 4 diagnosis pointers per line.",
        "coding-rules.md §7");

    public static readonly RuleDefinition Dx14 = new("DX-14", F, FindingSeverity.Info,
        "A manifestation code (\"in diseases classified elsewhere\", or a tabular \"code first\" note such as D63.0, D63.8) is never first-listed; its etiology precedes it.",
        $"coding-rules.md §7 DX-14; {G} §I.A.13 (etiology/manifestation convention)");

    public static readonly RuleDefinition Dx15 = new("DX-15", F, FindingSeverity.Info,
        "Encounter for anemia associated with the malignancy, treatment directed at the anemia: the malignancy first, then D63.0.",
        $"coding-rules.md §7 DX-15; {G} §I.C.2.c.1");

    public static readonly RuleDefinition Dx16 = new("DX-16", F, FindingSeverity.Info,
        "Encounter for dehydration due to the malignancy, only the dehydration treated (IV hydration only): the dehydration code first, then the malignancy.",
        $"coding-rules.md §7 DX-16; {G} §I.C.2.c.3");

    public static readonly RuleDefinition Dx17 = new("DX-17", F, FindingSeverity.Info,
        "A complication during an encounter for chemotherapy or immunotherapy: Z51.11/Z51.12 first, the complication after.",
        $"coding-rules.md §7 DX-17; {G} §I.C.2.e.2");

    public static readonly RuleDefinition Dx18 = new("DX-18", F, FindingSeverity.Info,
        "Adverse effect of a correctly given drug: the nature of the effect first, the T36–T50 adverse-effect code (5th or 6th character 5) after it; a T code is never first-listed.",
        $"coding-rules.md §7 DX-18; {G} §I.C.19.e.5.a");

    public static readonly RuleDefinition Dx19 = new("DX-19", F, FindingSeverity.Info,
        "Follow-up examination after completed treatment of a malignancy: Z08 first, then the Z85 history code.",
        $"coding-rules.md §7 DX-19; {G} §I.C.21.c.8");

    public static readonly RuleDefinition Dx20 = new("DX-20", F, FindingSeverity.Info,
        "Encounter for pain control in a neoplasm patient: G89.3 first-listed, followed by the neoplasm.",
        $"coding-rules.md §7 DX-20; {G} §I.C.6.b.5");

    public static readonly RuleDefinition Dx21 = new("DX-21", F, FindingSeverity.Info,
        "Encounter only for a complication associated with a neoplasm (other than anemia): the complication first, then the neoplasm.",
        $"coding-rules.md §7 DX-21; {G} §I.C.2.l.4");

    public static readonly RuleDefinition Dx22 = new("DX-22", F, FindingSeverity.Warning,
        "The reason for the encounter (sent or inferred) conflicts with what was given or coded; the diagnoses cannot be put in guideline order without a coder.",
        $"coding-rules.md §7 DX-22; {G} §I.C.2.c, §I.C.2.e.2, §I.C.21.c.8");

    public static readonly RuleDefinition Dx23 = new("DX-23", F, FindingSeverity.Info,
        "A hormonal antineoplastic given with no neoplasm on the claim is an ordinary therapeutic injection (96372), under the drug's non-oncology HCPCS code where one exists.",
        "coding-rules.md §7 DX-23 (DX-06, DX-07); CPT 96402 (hormonal anti-neoplastic) vs 96372; HCPCS 2025 October J1950/J9217 long descriptors");

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Dx00, Dx01, Dx02, Dx03, Dx04, Dx05, Dx06, Dx07, Dx08, Dx09, Dx10, Dx11, Dx12, Dx13, Dx14, Dx15, Dx16, Dx17, Dx18, Dx19,
        Dx20, Dx21, Dx22, Dx23,
    ];
}
