namespace OncologyBilling.Scrubber.Findings;

/// <summary>
/// A billing problem or explanation. <paramref name="Message"/> names codes, generic drug names, times and amounts,
/// never patient data; it is returned to the caller and never logged.
/// </summary>
public sealed record Finding(string RuleId, FindingSeverity Severity, string Message, string? Path, int? Line);
