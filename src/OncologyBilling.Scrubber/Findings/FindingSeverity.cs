namespace OncologyBilling.Scrubber.Findings;

/// <summary>error: the claim is wrong as built; warning: needs human review; info: explains an automatic change.</summary>
public enum FindingSeverity
{
    Info,
    Warning,
    Error,
}
