using OncologyBilling.Scrubber.Findings;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// What one administration's containers contribute to the day's JW/JZ decision (<see cref="DayWaste"/>): its mode
/// (single-dose and payable, multiple-dose, not applicable, or undecided), the labelled amount opened and the documented
/// discarded amount, both in the billing unit's unit, and the rule that explains it when it decides alone.
/// </summary>
public sealed record WasteIntake(WasteMode Mode, decimal Labeled, decimal? Wasted, IReadOnlyList<RuleDefinition> Rules, Reason? Reason)
{
    public static WasteIntake None() => new(WasteMode.NotApplicable, 0, null, [], null);

    public static WasteIntake Of(WasteMode mode, RuleDefinition rule) => new(mode, 0, null, [rule], new Reason(rule, Facts.None));
}
