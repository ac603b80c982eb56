using OncologyBilling.ReferenceData.Drugs;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>The catalog row a drug line bills, its 11-digit NDC (null when none or unusable) and why the code was chosen.</summary>
public sealed record DrugSelection(DrugRow Drug, string? Ndc, IReadOnlyList<string> RuleIds);
