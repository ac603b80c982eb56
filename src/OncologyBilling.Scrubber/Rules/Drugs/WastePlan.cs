namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>The JW/JZ outcome for one code's doses on one day: discarded units for a JW line, the mode and the arithmetic.</summary>
public sealed record WastePlan(int WasteUnits, WasteMode Mode, IReadOnlyList<string> RuleIds, string Explanation)
{
    public static WastePlan None(string explanation = "") => new(0, WasteMode.NotApplicable, [], explanation);
}
