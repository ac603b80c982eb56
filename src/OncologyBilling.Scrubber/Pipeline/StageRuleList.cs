using OncologyBilling.Scrubber.Findings;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>
/// The rule catalog as the code implements it: the rules the registered stages list, once each, by family in
/// pipeline order (input, setting, classification, administration, drugs, ... edits) and then by id.
/// GET /api/v1/rules and docs/rules.md are both built from it.
/// </summary>
public static class StageRuleList
{
    private static readonly string[] FamilyOrder =
    [
        RuleFamilies.Input, RuleFamilies.Setting, RuleFamilies.Classification, RuleFamilies.Administration, RuleFamilies.Drugs,
        RuleFamilies.Ndc, RuleFamilies.Diagnoses, RuleFamilies.EvaluationAndManagement, RuleFamilies.AdvanceCarePlanning,
        RuleFamilies.NcciPtp, RuleFamilies.NcciAddOn, RuleFamilies.Mue,
    ];

    public static IReadOnlyList<RuleDefinition> From(IEnumerable<IScrubStage> stages) =>
    [
        .. stages.SelectMany(s => s.Rules)
            .DistinctBy(r => r.Id, StringComparer.Ordinal)
            .OrderBy(r => Array.IndexOf(FamilyOrder, r.Family) is var i && i >= 0 ? i : FamilyOrder.Length)
            .ThenBy(r => r.Id, StringComparer.Ordinal),
    ];
}
