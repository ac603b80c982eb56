using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>What was decided for one drug (and NDC): its line, the JW line after it when drug was discarded, and the portions.</summary>
internal sealed record DrugLines(ClaimLine Line, ClaimLine? Waste, IReadOnlyList<DrugPortion> Portions)
{
    public bool Has(Findings.RuleDefinition rule) => Portions.Any(p => p.Rules.Contains(rule));
}
