namespace OncologyBilling.Scrubber.Findings;

/// <summary>error: the claim is wrong as built; warning: needs human review; info: explains an automatic change.</summary>
public enum FindingSeverity
{
    /// <summary>Explains an automatic change.</summary>
    Info,
    /// <summary>Needs human review.</summary>
    Warning,
    /// <summary>The claim is wrong as built or will be denied.</summary>
    Error,
}
