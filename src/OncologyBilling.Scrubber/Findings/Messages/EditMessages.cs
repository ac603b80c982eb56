using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>Words of the NCCI (coding-rules.md §8.3) and MUE (§8.4) edits.</summary>
internal static class EditMessages
{
    public static IEnumerable<RuleWords> All =>
    [
        new(NcciRules.Ncci05)
        {
            Finding = f => $"Hydration is coded 96361, never 96360, because {(f.Has("initialCode") ? f["initialCode"] : "a higher service on another access site")} "
                + "is the initial service (hierarchy, ADM-INIT-04).",
        },
    ];
}
