using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>What was decided for one code on one date (and NDC): its line, the JW line after it when drug was discarded, and the portions.</summary>
internal sealed record DrugLines(ClaimLine Line, ClaimLine? Waste, IReadOnlyList<DrugPortion> Portions)
{
    public bool Has(Findings.RuleDefinition rule) => Line.RuleIds.Contains(rule.Id);
}
