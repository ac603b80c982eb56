using OncologyBilling.Scrubber.Findings;

namespace OncologyBilling.Scrubber.Rules.Ndc;

/// <summary>An NDC in 11 digits, or null when it could not be converted; <paramref name="Rule"/> says which conversion applied.</summary>
public sealed record NdcResult(string? Ndc11, RuleDefinition Rule);
