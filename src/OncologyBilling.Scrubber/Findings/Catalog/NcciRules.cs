namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>NCCI procedure-to-procedure and add-on edits (coding-rules.md §8.3).</summary>
public static class NcciRules
{
    private const string Ptp = "coding-rules.md §8.3 NCCI-01/NCCI-09; CMS NCCI PTP practitioner/outpatient tables (refdata PROVENANCE §4: the 2024-07-01 release v30.2)";

    public static readonly RuleDefinition Ncci01 = new("NCCI-01", RuleFamilies.NcciPtp, FindingSeverity.Warning,
        "A code pair the CMS PTP table for the claim type edits: modifier indicator 0 → the column-2 code is removed; 1 → it stays only" +
        " with an NCCI-associated modifier the documentation supports (a separate injection, or a separate IV site the protocol required:" +
        " 59/XU), otherwise it is removed and the modifier that would allow it is named; 9 → no edit.",
        $"{Ptp}; NCCI Policy Manual ch. I §E (modifiers and modifier indicators), ch. XI §B/§N [S3]; CPT Assistant May 2010 as quoted by AAPC" +
        " (59 on a separate injection)");

    public static readonly RuleDefinition Ncci02 = new("NCCI-02", RuleFamilies.NcciAddOn, FindingSeverity.Warning,
        "An add-on code without any of its primary codes on the claim is removed: send the primary service if it was performed.",
        "coding-rules.md §8.3 [S27]");

    public static readonly RuleDefinition Ncci05 = new("NCCI-05", RuleFamilies.NcciPtp, FindingSeverity.Error,
        "96360 is never reported with a higher service (96365/96374/96409/96413): the hydration becomes 96361.",
        "coding-rules.md §8.3 [S4]");

    public static readonly RuleDefinition Ncci07 = new("NCCI-07", RuleFamilies.NcciPtp, FindingSeverity.Warning,
        "96523 (port irrigation) is not reported with an injection or infusion on the same day: the flush is part of the administration" +
        " and the 96523 line is removed.",
        $"coding-rules.md §4.6 ADM-PUMP-03, §8.3 NCCI-07 [S12c]; {Ptp}: 963xx/964xx with 96523, modifier indicator 0 in both tables");

    public static readonly RuleDefinition Ncci08 = new("NCCI-08", RuleFamilies.NcciPtp, FindingSeverity.Warning,
        "A modifier 59/XE/XP/XS/XU sent on a service bypasses a PTP edit: it is kept, but the documentation must show a distinct service" +
        " (a separate site or encounter), never only the wish to bypass the edit.",
        $"coding-rules.md §8.3 NCCI-08 [S1b]; {Ptp}");

    public static readonly RuleDefinition AdmBund03 = new("ADM-BUND-03", RuleFamilies.NcciPtp, FindingSeverity.Warning,
        "A blood draw from a port or central line (36591/36592) with another service the same day is removed where the PTP table edits" +
        " the pair (practitioner table: indicator 0 with every drug administration code and E/M; the outpatient extract has no such pair," +
        " so the hospital keeps it).",
        $"coding-rules.md §4.7 ADM-BUND-03; {Ptp}: 963xx/964xx and 99202–99215 with 36591/36592, practitioner table only");

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Ncci01, Ncci02, Ncci05, Ncci07, Ncci08, AdmBund03,
    ];
}
