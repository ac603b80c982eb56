using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>Words of the NCCI (coding-rules.md §8.3) and MUE (§8.4) edits.</summary>
internal static class EditMessages
{
    public static IEnumerable<RuleWords> All =>
    [
        new(NcciRules.Ncci01)
        {
            Finding = f => f.Get<int>("indicator") == 0
                ? $"{f["code"]} is not payable with {f["column1"]} on the same date (NCCI PTP, modifier indicator 0)."
                : $"{f["code"]} with {f["column1"]}: NCCI PTP allows it only with a documented bypass modifier (59/X{{EPSU}} or 25).",
        },
        new(NcciRules.Ncci02)
        {
            Finding = f => $"Add-on {f["code"]} needs a primary code on the claim ({f["primaries"]}); none is present.",
        },
        new(NcciRules.Ncci05)
        {
            Finding = f => "Hydration is coded 96361, never 96360, because "
                + (f.Has("initialCode") ? f["initialCode"] : "a higher service on another access site")
                + " is the initial service (hierarchy, ADM-INIT-04).",
        },
        new(MueRules.Mue02)
        {
            Finding = f => f.Get<int>("mai") == 1
                ? $"{f["code"]} × {f["units"]} exceeds the line MUE of {f["limit"]} (MAI 1); document medical necessity or split as policy allows."
                : $"{f["code"]}: {f["units"]} units on the date of service exceed the MUE of {f["limit"]} (MAI {f["mai"]})"
                    + (f.Get<int>("mai") == 2 ? "; units over the limit are denied." : "; document the clinical need."),
        },
    ];
}
