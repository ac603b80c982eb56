using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// One administration's contribution to the day's drug line: code, NDC, the amount given in the billing unit's unit
/// (rounded to 3 decimals, DRG-UNIT-02), what its containers tell the day's JW/JZ decision, and the rules that chose the
/// code. Units are never computed per administration: the day's total is divided once (DRG-UNIT-01, <see cref="DrugUnits"/>).
/// </summary>
public sealed record DrugPortion(
    ClassifiedAdministration Administration,
    DrugRow Drug,
    string? Ndc,
    decimal Amount,
    WasteIntake Waste,
    IReadOnlyList<RuleDefinition> Rules)
{
    /// <summary>The administration's date in its own offset: drug units are totalled per code and date (DRG-UNIT-01).</summary>
    public DateOnly ServiceDate { get; } = DateOnly.FromDateTime(Administration.Source.Start.DateTime);
}
