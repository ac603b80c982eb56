using System.Collections.Frozen;
using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Findings;

/// <summary>Every rule the scrubber knows, keyed by the ids of coding-rules.md.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        .. InputRules.All,
        .. SettingRules.All,
        .. ClassificationRules.All,
        .. AdministrationRules.All,
        .. DiagnosisRules.All,
        .. DrugRules.All,
        .. NdcRules.All,
        .. EmRules.All,
        .. AcpRules.All,
        .. NcciRules.All,
        .. MueRules.All,
    ];

    private static readonly FrozenDictionary<string, RuleDefinition> ById = All.ToFrozenDictionary(r => r.Id);

    public static RuleDefinition Get(string id) => ById[id];
}
