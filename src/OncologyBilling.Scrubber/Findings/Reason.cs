namespace OncologyBilling.Scrubber.Findings;

/// <summary>A rule and the facts it decided on: one part of a line's explanation.</summary>
public sealed record Reason(RuleDefinition Rule, Facts Facts);
