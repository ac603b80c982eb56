using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>
/// Words of the NCCI (coding-rules.md §8.3) and MUE (§8.4) edits. PTP facts: <c>column1</c>/<c>column2</c> (codes with modifiers),
/// <c>release</c> (table and version), <c>indicator</c> (0/1), <c>modifier</c> (the one that would allow the pair),
/// <c>removed</c> (the code taken off), <c>sentRemoved</c> (the code sent as a service went instead of column 2).
/// </summary>
internal static class EditMessages
{
    public static IEnumerable<RuleWords> All =>
    [
        new(NcciRules.Ncci01)
        {
            Finding = f => f.Is("appended")
                ? $"{Pair(f)}: {f["release"]} allows the pair only with an NCCI-associated modifier (indicator 1); the injection is documented "
                    + $"as its own administration at its own site, so {f["modifier"]} was appended."
                : Removed(f),
            Detail = f => $"Modifier {f["modifier"]}: a separately documented injection at its own site, which {f["release"]} allows beside "
                + $"{f["column1"]} only with an NCCI-associated modifier (indicator 1)",
        },
        new(NcciRules.Ncci02)
        {
            Finding = f => $"Add-on {f["code"]} × {f["units"]} needs one of its primary codes on the claim ({f["primaries"]}); none is present, "
                + "so it was removed. Send the primary service if it was performed.",
        },
        new(NcciRules.Ncci07) { Finding = Removed },
        new(NcciRules.Ncci08)
        {
            Finding = f => $"{Pair(f)}: {f["release"]} allows the pair only with an NCCI-associated modifier; the {f["sent"]} sent is kept, "
                + "but the documentation must show a distinct service (a separate site or encounter).",
        },
        new(NcciRules.AdmBund03) { Finding = Removed },
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

    private static string Pair(Facts f) => $"{f["column2"]} with {f["column1"]}";

    private static string Removed(Facts f)
    {
        var allows = f.Get<int>("indicator") == 0
            ? "never pays the two on the same date (modifier indicator 0: no modifier bypasses it)"
            : $"pays {f["column2"]} beside {f["column1"]} only with modifier {f["modifier"]} (indicator 1) when the documentation shows a "
                + "distinct service, such as a separate IV site the protocol required (send that administration with separateSiteRequired "
                + "and its accessSite), and nothing documents one";
        return f.Is("sentRemoved")
            ? $"{Pair(f)}: {f["release"]} {allows}; {f["column2"]} is documented by the administrations, so the {f["removed"]} sent was "
                + "removed (document that service as an administration if it was given)."
            : $"{Pair(f)}: {f["release"]} {allows}; {f["removed"]} removed.";
    }
}
