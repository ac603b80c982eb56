using OncologyBilling.Scrubber.Findings;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>The JW/JZ outcome for one code's doses on one day: discarded units for a JW line, the mode, the rules and the reason that explains it.</summary>
public sealed record WastePlan(int WasteUnits, WasteMode Mode, IReadOnlyList<RuleDefinition> Rules, Reason? Reason)
{
    public static WastePlan None() => new(0, WasteMode.NotApplicable, [], null);

    /// <summary>A plan of one rule that also explains it.</summary>
    public static WastePlan Of(WasteMode mode, RuleDefinition rule, Facts facts, int wasteUnits = 0) => new(wasteUnits, mode, [rule], new Reason(rule, facts));
}
