using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>
/// Words of the diagnosis-sequencing rules of the ICD-10-CM Official Guidelines FY2026 (coding-rules.md §7: DX-07, DX-11,
/// DX-14…DX-23). Facts: <c>reason</c> (wire name), <c>basis</c> (why it was inferred, or "sent"), <c>drugs</c>, <c>diagnoses</c>.
/// </summary>
internal static class DiagnosisSequencingMessages
{
    private const string G = "ICD-10-CM Guidelines FY2026";

    public static IEnumerable<RuleWords> All =>
    [
        new(DiagnosisRules.Dx07)
        {
            Finding = f => $"{f["drugs"]} given with no neoplasm on the claim, for {f["conditions"]}: the chemotherapy administration codes stay, "
                + "but Z51.11/Z51.12 are not used (they are for antineoplastic treatment of a neoplasm) and the condition treated is first-listed."
                + (f.Is("known") ? string.Empty : $" {f["drugs"]} has no recognised non-neoplastic use in the catalog: if it treats a malignancy, send the neoplasm code."),
        },
        Ordered(DiagnosisRules.Dx11, "the anemia of the treatment first, then the neoplasm, then the adverse-effect code", "§I.C.2.c.2"),
        new(DiagnosisRules.Dx14)
        {
            Finding = f => f.Has("etiology")
                ? $"{f["etiology"]} (the etiology) moved before the manifestation {f["manifestation"]} ({f["basis"]}): a manifestation is never first-listed ({G} §I.A.13)."
                : $"{f["manifestation"]} is a manifestation code ({f["basis"]}) and needs its etiology coded before it; none is on the claim ({G} §I.A.13). Send the underlying condition.",
        },
        Ordered(DiagnosisRules.Dx15, "the malignancy first, then D63.0", "§I.C.2.c.1"),
        Ordered(DiagnosisRules.Dx16, "the dehydration code first, then the neoplasm", "§I.C.2.c.3"),
        new(DiagnosisRules.Dx17)
        {
            Finding = f => $"Encounter for antineoplastic treatment: {f["z51"]} first-listed, the other conditions ({f["others"]}) after it ({G} §I.C.2.e.2).",
        },
        new(DiagnosisRules.Dx18)
        {
            Finding = f => f.Has("nature")
                ? $"{f["nature"]} (the nature of the adverse effect) moved before {f["code"]}: a T36–T50 adverse-effect code follows the effect and is never first-listed ({G} §I.C.19.e.5.a)."
                : $"{f["code"]} is an adverse-effect code, but the nature of the effect (for example R11.2, D64.81, D70.1) is not on the claim; a T36–T50 code is never first-listed ({G} §I.C.19.e.5.a). Send the code of the effect.",
        },
        new(DiagnosisRules.Dx19)
        {
            Finding = f => f.Has("reason")
                ? OrderedText(f, "Z08 first, then the Z85 history code", "§I.C.21.c.8")
                : $"Z08 moved before the history code {f["history"]}: the follow-up code is sequenced first, followed by the history code ({G} §I.C.21.c.8).",
        },
        Ordered(DiagnosisRules.Dx20, "G89.3 first-listed, then the neoplasm", "§I.C.6.b.5"),
        Ordered(DiagnosisRules.Dx21, "the complication first, then the neoplasm", "§I.C.2.l.4"),
        new(DiagnosisRules.Dx22) { Finding = Conflict },
        new(DiagnosisRules.Dx23)
        {
            Finding = f => $"{f["drug"]} was given with no neoplasm on the claim: it is coded as a therapeutic injection (96372), not a hormonal "
                + $"anti-neoplastic injection (96402), with no Z51.11; {NonOncology(f)}. If it treats a malignancy, send the neoplasm code.",
        },
    ];

    private static RuleWords Ordered(RuleDefinition rule, string order, string section) => new(rule) { Finding = f => OrderedText(f, order, section) };

    private static string OrderedText(Facts f, string order, string section) =>
        $"Encounter reason {f["reason"]} ({Basis(f)}): {order}, giving {f["diagnoses"]} ({G} {section}).";

    private static string NonOncology(Facts f) => !f.Has("nonOncology")
        ? $"no non-oncology HCPCS code exists for it, so {f["hcpcs"]} stays"
        : f["nonOncology"] == f["hcpcs"] ? $"{f["hcpcs"]} is already its non-oncology code" : $"billed under its non-oncology code {f["nonOncology"]} instead of {f["hcpcs"]}";

    private static string Basis(Facts f) => f["basis"] switch
    {
        "sent" => "encounterReason sent",
        "antineoplasticForNeoplasm" => "inferred: an antineoplastic was given for the neoplasm",
        "followUpNothingGiven" => "inferred: Z08 coded and no drug given",
        "hydrationOnly" => "inferred: only IV hydration given, with a dehydration code",
        "anemiaDrugsOnly" => $"inferred: only {f["drugs"]} given, with an anemia code",
        "painDrugsOnly" => $"inferred: only {f["drugs"]} given, with G89.3",
        var other => $"inferred: {other}",
    };

    private static string Conflict(Facts f)
    {
        var problem = f["conflict"] switch
        {
            "noAntineoplastic" => "no antineoplastic was given",
            "antineoplasticForNeoplasm" => "an antineoplastic was given for the neoplasm, and §I.C.2.e.2 lists Z51.11/Z51.12 first when the encounter is chiefly for it; the order follows the reason sent",
            "bothAnemias" => $"both D63.0 (anemia in neoplastic disease: the malignancy first, §I.C.2.c.1) and {f["codes"]} (anemia of the treatment: the anemia first, §I.C.2.c.2) are coded",
            "noAnemia" => "no anemia code (D50–D64) is on the claim",
            "noDehydration" => "no dehydration code (E86.-) is on the claim",
            "noG893" => "G89.3 (neoplasm related pain) is not on the claim",
            "noComplication" => "no complication code is on the claim",
            "noZ08" => "Z08 is not on the claim",
            "z51WithZ08" => "Z51.11/Z51.12 is coded: Z08 excludes aftercare and treatment encounters",
            "activeNeoplasm" => $"an active neoplasm ({f["codes"]}) is coded: a recurrence found at follow-up is coded in place of Z08 (§I.C.21.c.8)",
            var other => other,
        };
        return $"Encounter reason {f["reason"]} ({Basis(f)}), but {problem}; "
            + (f.Is("reordered") ? "the order follows the reason sent." : "the diagnoses were not reordered for it.") + " Coder review.";
    }
}
