namespace OncologyBilling.Scrubber.Findings;

/// <summary>
/// A billing problem or explanation. <paramref name="Message"/> names codes, generic drug names, times and amounts,
/// never patient data; it is returned to the caller and never logged. <see cref="Facts"/> are what the stage decided
/// on; the message is their words from the message catalog.
/// </summary>
public sealed record Finding(string RuleId, FindingSeverity Severity, string Message, string? Path, int? Line)
{
    public Facts Facts { get; init; } = Facts.None;
}
