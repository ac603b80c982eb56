namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>
/// Settings for the items coding-rules.md marks UNCONFIRMED. Defaults follow the document; bind from the
/// <c>Scrubber</c> configuration section.
/// </summary>
public sealed class ScrubberOptions
{
    public const string SectionName = "Scrubber";

    public Rules.Drugs.DrugRuleOptions Drugs { get; init; } = new();

    public Rules.Diagnoses.DiagnosisRuleOptions Diagnoses { get; init; } = new();

    public Rules.Edits.EditRuleOptions Edits { get; init; } = new();
}
