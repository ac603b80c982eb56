namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>Configurable diagnosis items (coding-rules.md §7, UNCONFIRMED).</summary>
public sealed class DiagnosisRuleOptions
{
    /// <summary>Z51 code for antineoplastics whose class mapping is UNCONFIRMED (targeted monoclonals, DX-05); default Z51.11.</summary>
    public string UnconfirmedAntineoplasticZ51 { get; init; } = "Z51.11";
}
