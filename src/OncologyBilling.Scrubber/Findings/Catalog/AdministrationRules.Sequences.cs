namespace OncologyBilling.Scrubber.Findings.Catalog;

public static partial class AdministrationRules
{
    public static readonly RuleDefinition Seq01 = new("ADM-SEQ-01", F, FindingSeverity.Info,
        "A different chemotherapy drug infused after the initial chemotherapy infusion is 96417 × 1 per drug (plus 96415 hours).", "coding-rules.md §4.4 [S23][S15a]");

    public static readonly RuleDefinition Seq02 = new("ADM-SEQ-02", F, FindingSeverity.Info,
        "A different therapeutic drug infused after another initial service is 96367 × 1 per drug or bag (plus 96366 hours).", "coding-rules.md §4.4 [S11d]");

    public static readonly RuleDefinition Seq03 = new("ADM-SEQ-03", F, FindingSeverity.Info,
        "A different therapeutic drug pushed after an initial service is 96375 × 1 per drug.", "coding-rules.md §4.4 [S12c]");

    public static readonly RuleDefinition Seq04 = new("ADM-SEQ-04", F, FindingSeverity.Info,
        "A different chemotherapy drug pushed after a chemotherapy initial is 96411 × 1 per drug; the same drug pushed again gets no code.", "coding-rules.md §4.4 (CPT family, UNCONFIRMED by CMS text)");

    public static readonly RuleDefinition Seq05 = new("ADM-SEQ-05", F, FindingSeverity.Info,
        "Hydration after a different initial service, not concurrent, is 96361 by ADM-TIME-06.", "coding-rules.md §4.4 [S12c][S3]");

    public static readonly RuleDefinition Conc01 = new("ADM-CONC-01", F, FindingSeverity.Info,
        "A therapeutic drug in its own bag overlapping another drug infusion on the same access by at least the configured minimum (default 16 min, UNCONFIRMED) is 96368, once per encounter.", "coding-rules.md §4.4 [S13a][S13c][S13d]");

    public static readonly RuleDefinition Conc02 = new("ADM-CONC-02", F, FindingSeverity.Error,
        "More than one 96368 on a date of service is wrong: one per encounter, never per hour or per extra drug.", "coding-rules.md §4.4 [S13c]");

    public static readonly RuleDefinition Conc03 = new("ADM-CONC-03", F, FindingSeverity.Info,
        "Hydration running at the same time as a drug infusion is not reportable for those minutes, and never 96368.", "coding-rules.md §4.4 [S3][S12c]");

    public static readonly RuleDefinition Conc04 = new("ADM-CONC-04", F, FindingSeverity.Warning,
        "Two chemotherapy drugs in separate bags running together: no CPT concurrent-chemotherapy code, so no administration code for the second (UNCONFIRMED); review.", "coding-rules.md §4.4 (open item 7)");

    public static readonly RuleDefinition Conc05 = new("ADM-CONC-05", F, FindingSeverity.Info,
        "A therapeutic drug concurrent with chemotherapy is 96368 with the 96413 initial.", "coding-rules.md §4.4 [S13b]");

    public static readonly RuleDefinition Hyd03 = new("ADM-HYD-03", F, FindingSeverity.Info,
        "Pre- or post-chemotherapy hydration, sequential and not concurrent, is reportable as 96361.", "coding-rules.md §4.5 [S3][S11c]");

    public static readonly RuleDefinition Hyd04 = new("ADM-HYD-04", F, FindingSeverity.Info,
        "Hydration as the only service is 96360 (+96361) by ADM-TIME-05.", "coding-rules.md §4.5 [S11c]");

    public static readonly RuleDefinition Inj01 = new("ADM-INJ-01", F, FindingSeverity.Info,
        "An antineoplastic SC/IM injection is 96401 (non-hormonal) or 96402 (hormonal) per injection.", "coding-rules.md §4.6 (CLS-07)");

    public static readonly RuleDefinition Inj02 = new("ADM-INJ-02", F, FindingSeverity.Info,
        "A therapeutic SC/IM injection is 96372 per injection.", "coding-rules.md §4.6");

    public static readonly RuleDefinition Inj03 = new("ADM-INJ-03", F, FindingSeverity.Info,
        "An injection given with an infusion or push is still reported, but is the initial service only when it ranks highest.", "coding-rules.md §4.6 (ADM-INIT-02)");

    public static readonly RuleDefinition Pump01 = new("ADM-PUMP-01", F, FindingSeverity.Info,
        "A chemotherapy infusion of more than 8 hours started on a portable or implantable pump is 96416 instead of 96413/96415 for that drug.", "coding-rules.md §4.6 [S15a]");

    public static readonly RuleDefinition Pump02 = new("ADM-PUMP-02", F, FindingSeverity.Warning,
        "Office pump continued at home with an office pump: G0498 may describe the whole service instead of 96416 (UNCONFIRMED, contractor priced); review.", "coding-rules.md §4.6 [S15b][S8]");

    public static readonly RuleDefinition Init07 = new("ADM-INIT-07", F, FindingSeverity.Info,
        "A chemotherapy push with a pump initiation and no chemotherapy infusion: the push is the initial 96409 and the pump is 96416 beside it (96416 is not an add-on; 96411 needs 96409 or 96413 as its primary).",
        "coding-rules.md §4.2 ADM-INIT-01, §4.6 ADM-PUMP-01 [S15a], §8.3 NCCI-02 [S27] (ncci-addon: 96411 with 96409/96413)");

    public static readonly RuleDefinition Site01 = new("ADM-SITE-01", F, FindingSeverity.Error,
        "A second initial service needs a second access site required by protocol; it carries modifier 59 or XS/XU (setting secondSiteModifier).", "coding-rules.md §4.7 [S1b][S9][S13d]");

    public static readonly RuleDefinition Dos01 = new("ADM-DOS-01", F, FindingSeverity.Info,
        "Each administration line carries the date its service was provided.", "coding-rules.md §4.7 [S9]");

    public static readonly RuleDefinition Ncci05 = new("NCCI-05", RuleFamilies.NcciPtp, FindingSeverity.Error,
        "96360 is never reported with a higher service (96365/96374/96409/96413): the hydration becomes 96361.", "coding-rules.md §8.3 [S4]");
}
