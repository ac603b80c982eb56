namespace OncologyBilling.Scrubber.Rules.Edits;

/// <summary>Configurable edit items (coding-rules.md §8.4).</summary>
public sealed class EditRuleOptions
{
    /// <summary>Count JW units toward a drug's date-of-service MUE (MUE-03, UNCONFIRMED); default true, as the document suggests.</summary>
    public bool CountWasteTowardMue { get; init; } = true;
}
