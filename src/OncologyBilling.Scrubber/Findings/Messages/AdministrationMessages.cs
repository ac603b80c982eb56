using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>Words of the administration rules (coding-rules.md §4).</summary>
internal static class AdministrationMessages
{
    public static IEnumerable<RuleWords> All =>
    [
        new(AdministrationRules.AdmInit07)
        {
            Finding = f => $"{f["push"]} is the initial service 96409 and {f["pump"]} is reported as 96416 beside it: 96416 is not an add-on, "
                + "and a chemotherapy push coded 96411 needs 96409 or 96413 as its primary.",
        },
    ];
}
