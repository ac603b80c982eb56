using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>Words of the substance classification (coding-rules.md §3) and setting (§2) rules.</summary>
internal static class ClassificationMessages
{
    public static IEnumerable<RuleWords> All =>
    [
        new(ClassificationRules.Cls04) { Finding = AdministrationWording.SharedBag },
        new(ClassificationRules.Cls06)
        {
            Finding = f => $"{f["drug"]}: documented category {f["documented"]} overrides the catalog default {f["catalog"]}.",
        },
        new(ClassificationRules.Cls10)
        {
            Finding = f => $"{f["drug"]} by route {f["route"]} is not supported for {f["category"]}; no administration code.",
        },
        new(SettingRules.Set04)
        {
            Finding = f => $"{f["service"]} repeats a push of the same drug {f["gap"]} min later: 96376 is facility-only, so the office "
                + "bills no code for it.",
        },
        new(SettingRules.Set08)
        {
            Finding = f => $"{f["service"]}: 96377 is reported on the hospital claim but is packaged under OPPS (no separate payment).",
        },
    ];
}
