namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>
/// The words of one rule. <see cref="Finding"/> is the message of a finding reported under the rule. A line explained
/// by the rule reads "<see cref="Why"/>: detail; detail." where details of the same why are joined; without a why,
/// the details alone make the sentence.
/// </summary>
public sealed record RuleWords(RuleDefinition Rule)
{
    public Func<Facts, string>? Finding { get; init; }

    public Func<Facts, string>? Why { get; init; }

    public Func<Facts, string>? Detail { get; init; }
}
