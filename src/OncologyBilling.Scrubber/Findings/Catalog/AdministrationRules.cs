namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>
/// Administration rules (coding-rules.md §4): push vs infusion, initial service, time units, sequential and concurrent
/// services, hydration, injections, pumps, access sites and service dates. Each name follows its id (ADM-TIME-02 = AdmTime02).
/// </summary>
public static class AdministrationRules
{
    private const string F = RuleFamilies.Administration;

    public static readonly RuleDefinition AdmPush01 = new("ADM-PUSH-01", F, FindingSeverity.Info,
        "An IV administration of 15 minutes or less is a push: 96409 (chemotherapy) or 96374 (therapeutic); more drugs 96411 / " +
        "96375.",
        "coding-rules.md §4.1 [S4][S1c][S13a]");

    public static readonly RuleDefinition AdmPush02 = new("ADM-PUSH-02", F, FindingSeverity.Info,
        "An IV infusion of 16 minutes or more is an infusion: 96413 (chemotherapy) or 96365 (therapeutic).",
        "coding-rules.md §4.1 [S11a]");

    public static readonly RuleDefinition AdmPush03 = new("ADM-PUSH-03", F, FindingSeverity.Info,
        "Drugs mixed in one bag are one infusion (one administration code); each drug keeps its own drug line.",
        "coding-rules.md §4.1 [S13a]");

    public static readonly RuleDefinition AdmPush04 = new("ADM-PUSH-04", F, FindingSeverity.Info,
        "The same therapeutic drug pushed again more than 30 minutes after its last push is 96376 in the hospital, no code in " +
        "the office; within 30 minutes it is not reportable.",
        "coding-rules.md §4.1 [S14]");

    public static readonly RuleDefinition AdmInit01 = new("ADM-INIT-01", F, FindingSeverity.Error,
        "Exactly one initial administration code per encounter (office) or per access site (hospital outpatient); every other " +
        "service is an add-on.",
        "coding-rules.md §4.2 [S1b][S9]");

    public static readonly RuleDefinition AdmInit07 = new("ADM-INIT-07", F, FindingSeverity.Info,
        "A chemotherapy push with a pump initiation and no chemotherapy infusion: the push is the initial 96409 and the pump is 96416" +
        " beside it (96416 is not an add-on; 96411 needs 96409 or 96413 as its primary).",
        "coding-rules.md §4.2 ADM-INIT-01, §4.6 ADM-PUMP-01 [S15a], §8.3 NCCI-02 [S27] (ncci-addon: 96411 with 96409/96413)");

    public static readonly RuleDefinition AdmInit02 = new("ADM-INIT-02", F, FindingSeverity.Info,
        "Hospital initial service: the highest in the hierarchy, whatever its start time: chemotherapy infusion > push > SC/IM," +
        " then therapeutic infusion > push > SC/IM, then hydration.",
        "coding-rules.md §4.2 [S4][S10]");

    public static readonly RuleDefinition AdmInit03 = new("ADM-INIT-03", F, FindingSeverity.Info,
        "Office initial service: the primary reason for the encounter, by default the same hierarchy (the request carries no " +
        "other primary reason).",
        "coding-rules.md §4.2 [S32][S12c]");

    public static readonly RuleDefinition AdmInit04 = new("ADM-INIT-04", F, FindingSeverity.Info,
        "The hierarchy wins over chronology: hydration with a therapeutic push is 96374 + 96361, never 96360 + 96374.",
        "coding-rules.md §4.2 [S4]");

    public static readonly RuleDefinition AdmInit05 = new("ADM-INIT-05", F, FindingSeverity.Info,
        "With a chemotherapy infusion as the initial service, a chemotherapy push of a different drug is 96411.",
        "coding-rules.md §4.2 [S4]");

    public static readonly RuleDefinition AdmInit06 = new("ADM-INIT-06", F, FindingSeverity.Info,
        "Therapeutic services before or after a chemotherapy initial are add-ons: pushes 96375, infusions 96367 (sequential) or" +
        " 96368 (concurrent).",
        "coding-rules.md §4.2 [S12c]");

    public static readonly RuleDefinition AdmTime01 = new("ADM-TIME-01", F, FindingSeverity.Info,
        "A chemotherapy infusion of 16 minutes or more is 96413 × 1, covering up to 90 minutes.",
        "coding-rules.md §4.3 [S11a][S11b]");

    public static readonly RuleDefinition AdmTime02 = new("ADM-TIME-02", F, FindingSeverity.Info,
        "Additional chemotherapy hours 96415 = floor((T − 31) / 60): 91–150 min → 1, 151–210 → 2, 211–270 → 3.",
        "coding-rules.md §4.3 [S11b]");

    public static readonly RuleDefinition AdmTime03 = new("ADM-TIME-03", F, FindingSeverity.Info,
        "A therapeutic infusion of 16 minutes or more is 96365 × 1; additional hours 96366 = floor((T − 31) / 60).",
        "coding-rules.md §4.3 [S11a][S11d]");

    public static readonly RuleDefinition AdmTime04 = new("ADM-TIME-04", F, FindingSeverity.Info,
        "A sequential infusion (96367 / 96417) is 1 unit per drug or bag; its additional hours are 96366 / 96415 by floor((T − " +
        "31) / 60).",
        "coding-rules.md §4.3 [S11d]");

    public static readonly RuleDefinition AdmTime05 = new("ADM-TIME-05", F, FindingSeverity.Info,
        "Hydration as the only service: 30 minutes or less is not reportable; 31 or more is 96360, plus 96361 × floor((T − 31) " +
        "/ 60).",
        "coding-rules.md §4.3 [S11c][S12c]");

    public static readonly RuleDefinition AdmTime06 = new("ADM-TIME-06", F, FindingSeverity.Info,
        "Hydration after a different initial service: non-concurrent minutes T ≥ 31 give 96361 × (1 + floor((T − 31) / 60)).",
        "coding-rules.md §4.3 [S11c][S12c]");

    public static readonly RuleDefinition AdmTime07 = new("ADM-TIME-07", F, FindingSeverity.Warning,
        "Hydration split before and after a drug is added up (setting hydrationSumSegments, default true, UNCONFIRMED); some " +
        "payers reject a sum that includes a segment under 31 minutes.",
        "coding-rules.md §4.3 (CPT Assistant June 2007 as quoted)");

    public static readonly RuleDefinition AdmSeq01 = new("ADM-SEQ-01", F, FindingSeverity.Info,
        "A different chemotherapy drug infused after the initial chemotherapy infusion is 96417 × 1 per drug (plus 96415 " +
        "hours).",
        "coding-rules.md §4.4 [S23][S15a]");

    public static readonly RuleDefinition AdmSeq02 = new("ADM-SEQ-02", F, FindingSeverity.Info,
        "A different therapeutic drug infused after another initial service is 96367 × 1 per drug or bag (plus 96366 hours).",
        "coding-rules.md §4.4 [S11d]");

    public static readonly RuleDefinition AdmSeq03 = new("ADM-SEQ-03", F, FindingSeverity.Info,
        "A different therapeutic drug pushed after an initial service is 96375 × 1 per drug.",
        "coding-rules.md §4.4 [S12c]");

    public static readonly RuleDefinition AdmSeq04 = new("ADM-SEQ-04", F, FindingSeverity.Info,
        "A different chemotherapy drug pushed after a chemotherapy initial is 96411 × 1 per drug; the same drug pushed again " +
        "gets no code.",
        "coding-rules.md §4.4 (CPT family, UNCONFIRMED by CMS text)");

    public static readonly RuleDefinition AdmSeq05 = new("ADM-SEQ-05", F, FindingSeverity.Info,
        "Hydration after a different initial service, not concurrent, is 96361 by ADM-TIME-06.",
        "coding-rules.md §4.4 [S12c][S3]");

    public static readonly RuleDefinition AdmConc01 = new("ADM-CONC-01", F, FindingSeverity.Info,
        "A therapeutic drug in its own bag overlapping another drug infusion on the same access by at least the configured " +
        "minimum (default 16 min, UNCONFIRMED) is 96368, once per encounter.",
        "coding-rules.md §4.4 [S13a][S13c][S13d]");

    public static readonly RuleDefinition AdmConc02 = new("ADM-CONC-02", F, FindingSeverity.Error,
        "More than one 96368 on a date of service is wrong: one per encounter, never per hour or per extra drug.",
        "coding-rules.md §4.4 [S13c]");

    public static readonly RuleDefinition AdmConc03 = new("ADM-CONC-03", F, FindingSeverity.Info,
        "Hydration running at the same time as a drug infusion is not reportable for those minutes, and never 96368.",
        "coding-rules.md §4.4 [S3][S12c]");

    public static readonly RuleDefinition AdmConc04 = new("ADM-CONC-04", F, FindingSeverity.Warning,
        "Two chemotherapy drugs in separate bags running together: no CPT concurrent-chemotherapy code, so no administration " +
        "code for the second (UNCONFIRMED); review.",
        "coding-rules.md §4.4 (open item 7)");

    public static readonly RuleDefinition AdmConc05 = new("ADM-CONC-05", F, FindingSeverity.Info,
        "A therapeutic drug concurrent with chemotherapy is 96368 with the 96413 initial.",
        "coding-rules.md §4.4 [S13b]");

    public static readonly RuleDefinition AdmHyd03 = new("ADM-HYD-03", F, FindingSeverity.Info,
        "Pre- or post-chemotherapy hydration, sequential and not concurrent, is reportable as 96361.",
        "coding-rules.md §4.5 [S3][S11c]");

    public static readonly RuleDefinition AdmHyd04 = new("ADM-HYD-04", F, FindingSeverity.Info,
        "Hydration as the only service is 96360 (+96361) by ADM-TIME-05.",
        "coding-rules.md §4.5 [S11c]");

    public static readonly RuleDefinition AdmInj01 = new("ADM-INJ-01", F, FindingSeverity.Info,
        "An antineoplastic SC/IM injection is 96401 (non-hormonal) or 96402 (hormonal) per injection.",
        "coding-rules.md §4.6 (CLS-07)");

    public static readonly RuleDefinition AdmInj02 = new("ADM-INJ-02", F, FindingSeverity.Info,
        "A therapeutic SC/IM injection is 96372 per injection.",
        "coding-rules.md §4.6");

    public static readonly RuleDefinition AdmInj03 = new("ADM-INJ-03", F, FindingSeverity.Info,
        "An injection given with an infusion or push is still reported, but is the initial service only when it ranks highest.",
        "coding-rules.md §4.6 (ADM-INIT-02)");

    public static readonly RuleDefinition AdmPump01 = new("ADM-PUMP-01", F, FindingSeverity.Info,
        "A chemotherapy infusion of more than 8 hours started on a portable or implantable pump is 96416 instead of 96413/96415" +
        " for that drug.",
        "coding-rules.md §4.6 [S15a]");

    public static readonly RuleDefinition AdmPump02 = new("ADM-PUMP-02", F, FindingSeverity.Warning,
        "Office pump continued at home with an office pump: G0498 may describe the whole service instead of 96416 (UNCONFIRMED," +
        " contractor priced); review.",
        "coding-rules.md §4.6 [S15b][S8]");

    public static readonly RuleDefinition AdmSite01 = new("ADM-SITE-01", F, FindingSeverity.Error,
        "A second initial service needs a second access site required by protocol (the administration's separateSiteRequired in the" +
        " office); it carries modifier 59 or XS/XU (setting secondSiteModifier, or secondSiteModifierByPayer for the payer type).",
        "coding-rules.md §4.7 [S1b][S9][S13d]");

    public static readonly RuleDefinition AdmDos01 = new("ADM-DOS-01", F, FindingSeverity.Info,
        "Each administration line carries the date its service was provided.",
        "coding-rules.md §4.7 [S9]");

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        AdmPush01, AdmPush02, AdmPush03, AdmPush04, AdmInit01, AdmInit02, AdmInit03, AdmInit04, AdmInit05, AdmInit06, AdmInit07, AdmTime01,
        AdmTime02, AdmTime03, AdmTime04, AdmTime05, AdmTime06, AdmTime07, AdmSeq01, AdmSeq02, AdmSeq03, AdmSeq04, AdmSeq05,
        AdmConc01, AdmConc02, AdmConc03, AdmConc04, AdmConc05, AdmHyd03, AdmHyd04, AdmInj01, AdmInj02, AdmInj03, AdmPump01,
        AdmPump02, AdmSite01, AdmDos01,
    ];
}
