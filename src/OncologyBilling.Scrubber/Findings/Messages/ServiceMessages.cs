using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>Words of the E/M (coding-rules.md §8.1) and advance care planning (§8.2) rules.</summary>
internal static class ServiceMessages
{
    public static IEnumerable<RuleWords> All =>
    [
        new(EmRules.Em01)
        {
            Finding = _ => "99211 is not payable with drug administration on the same date (with or without modifier 25); removed.",
        },
        new(EmRules.Em02)
        {
            Finding = f => $"{f["code"]} with drug administration needs modifier 25 and a significant, separately identifiable service; "
                + "add 25 if documented.",
            Detail = PassedThrough,
        },
        new(EmRules.Em03)
        {
            Finding = _ => "G0463 on a drug administration day: append modifier 25 when the visit is separately identifiable (UNCONFIRMED).",
            Detail = PassedThrough,
        },
        new(EmRules.Em04)
        {
            Finding = f => $"{f["code"]}: a physician E/M in the hospital outpatient department goes on the professional claim (POS 19/22); "
                + "the hospital reports G0463.",
        },
        new(AcpRules.Acp01)
        {
            Finding = f => f.Has("minutes")
                ? $"Advance care planning of {f["minutes"]} minutes is under {f["threshold"]}: not reportable, 99497 removed."
                : "99497 without documented ACP minutes: passed through as 1 unit; document the face-to-face minutes.",
            Detail = f => f.Has("minutes")
                ? $"Advance care planning {f["minutes"]} min ≥ {f["threshold"]}: 99497 × 1"
                : "Advance care planning, minutes not documented",
        },
        new(AcpRules.Acp02)
        {
            Finding = _ => "99498 is computed from the 99497 minutes; the 99498 sent was replaced.",
            Detail = f => $"Additional ACP time: floor(({f["minutes"]} − {f["threshold"]}) ÷ {f["band"]}) = {f["units"]}",
        },
        new(AcpRules.Acp03)
        {
            Finding = f => f.Is("wellnessVisit")
                ? "Advance care planning with an annual wellness visit (G0438/G0439) on the claim: modifier 33 (cost sharing waived)."
                : "Modifier 33 removed from advance care planning: no annual wellness visit (G0438/G0439) on the claim.",
        },
    ];

    /// <summary>A service line sent and billed unchanged; a line no rule shaped carries these words alone.</summary>
    public static string PassedThrough(Facts facts) => $"{facts["code"]} passed through as sent";
}
