using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>Words of the diagnosis rules (coding-rules.md §7).</summary>
internal static class DiagnosisMessages
{
    public static IEnumerable<RuleWords> All =>
    [
        new(DiagnosisRules.Dx00)
        {
            Finding = f => $"{f["code"]} is not a billable ICD-10-CM code in {f["release"]} (a header or an invalid code); use a complete code.",
        },
        new(DiagnosisRules.Dx01) { Finding = f => ListedFirst(f, "chemotherapy") },
        new(DiagnosisRules.Dx02) { Finding = f => ListedFirst(f, "immunotherapy") },
        new(DiagnosisRules.Dx03) { Finding = f => ListedFirst(f, "chemotherapy and immunotherapy") },
        new(DiagnosisRules.Dx04)
        {
            Finding = f => $"{And(f, "codes")} needs the active neoplasm (C00–D49) on the claim; none was sent.",
        },
        new(DiagnosisRules.Dx05)
        {
            Finding = f => $"{f["drug"]}: Z51.11 vs Z51.12 is UNCONFIRMED for this drug; the configured {f["z51"]} is used. Coder review.",
        },
        new(DiagnosisRules.Dx06)
        {
            Finding = f => $"Only a hormonal antineoplastic was given ({f["drugs"]}): the malignancy is listed first; "
                + "whether Z51.11 applies is UNCONFIRMED.",
        },
        new(DiagnosisRules.Dx08)
        {
            Finding = f => $"Antineoplastic treatment with only {f["history"]} (personal history): while treatment is directed at the "
                + "malignancy, code the active malignancy (C-code) instead.",
        },
        new(DiagnosisRules.Dx09)
        {
            Finding = f => $"{f["code"]} (history of malignancy of the {f["site"]}) is on the claim with the active {f["active"]} for the "
                + "same site; use one or the other.",
        },
        new(DiagnosisRules.Dx10)
        {
            Finding = _ => "No antineoplastic was given: Z51.11/Z51.12 must not be used and were removed; list the condition treated first.",
        },
        new(DiagnosisRules.Dx12)
        {
            Finding = _ => "Antineoplastic lines should point to the malignancy treated; the claim has no neoplasm code.",
        },
    ];

    private static string ListedFirst(Facts f, string encounter) =>
        $"{And(f, "z51")} listed first for this {encounter} encounter, with the malignancy treated next.";

    private static string And(Facts f, string name) => string.Join(" and ", f.Get<IEnumerable<string>>(name));
}
