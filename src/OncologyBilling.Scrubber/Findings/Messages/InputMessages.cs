using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>Words of the input checks (coding-rules.md §1).</summary>
internal static class InputMessages
{
    public static IEnumerable<RuleWords> All =>
    [
        new(InputRules.Inp01)
        {
            Finding = f => $"{f["drug"]} infusion started {f["start"]} has no stop time"
                + (f.Is("hydration")
                    ? "; hydration without a stop time is not billable."
                    : "; no time units can be computed, so no administration code is guessed."),
        },
        new(InputRules.Inp02) { Finding = f => $"{f["drug"]} stops at {f["end"]}, before it starts at {f["start"]}; it is not coded." },
        new(InputRules.Inp03)
        {
            Finding = f => $"{f["drugs"]} runs {f["times"]}, across midnight: kept in this encounter with its lines dated {f["date"]}; "
                + "splitting its time units across the dates is UNCONFIRMED, so review.",
        },
        new(InputRules.CodeFix01)
        {
            Finding = f => "96268 is not the concurrent infusion code; 96368 is: " + (f.Is("replaced")
                ? "the administrations show a concurrent infusion, so it is replaced by the 96368 line."
                : "no infusion overlapped another by the required minutes, so it is dropped with no replacement."),
        },
    ];
}
