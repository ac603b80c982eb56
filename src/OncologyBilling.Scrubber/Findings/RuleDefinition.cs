namespace OncologyBilling.Scrubber.Findings;

/// <summary>
/// A rule of coding-rules.md, by its stable id. <paramref name="Summary"/> is plain English for billing staff;
/// <paramref name="Source"/> names the section and sources it comes from.
/// </summary>
public sealed record RuleDefinition(string Id, string Family, FindingSeverity Severity, string Summary, string Source);
