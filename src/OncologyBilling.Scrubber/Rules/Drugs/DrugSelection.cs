using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.Scrubber.Findings;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>The catalog row a drug line bills, its 11-digit NDC (null when none or unusable) and the rules that chose the code.</summary>
public sealed record DrugSelection(DrugRow Drug, string? Ndc, IReadOnlyList<RuleDefinition> Rules);
