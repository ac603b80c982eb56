namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// What one administration's containers contribute to the day's JW/JZ decision: its mode (single-dose and payable, not
/// applicable, or undecided), the labelled amount opened and the documented discarded amount, both in the billing unit's unit.
/// </summary>
public sealed record WasteIntake(WasteMode Mode, decimal Labeled, decimal? Wasted, IReadOnlyList<string> RuleIds, string Explanation)
{
    public static WasteIntake None(string explanation = "") => new(WasteMode.NotApplicable, 0, null, [], explanation);
}
