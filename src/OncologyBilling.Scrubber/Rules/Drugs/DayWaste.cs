using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// JW/JZ for one code's doses on one day (DRG-WASTE-02/03/04/07), from the day's totals: JW = floor(Σ discarded ÷ unit),
/// capped so administered + JW units ≤ floor(Σ labelled ÷ unit); rounded down once, as the administered units are
/// rounded up once (CMS Claims Processing Manual ch. 17 §40; CMS JW/JZ modifier FAQ: at least one unit for a JW line).
/// </summary>
internal static class DayWaste
{
    public static WastePlan Decide(ScrubContext context, IReadOnlyList<DrugPortion> portions, int units)
    {
        if (Has(portions, WasteMode.Undecided))
        {
            return new WastePlan(0, WasteMode.Undecided, [], null);
        }

        if (!Has(portions, WasteMode.SingleDose))
        {
            return new WastePlan(0, Has(portions, WasteMode.MultipleDose) ? WasteMode.MultipleDose : WasteMode.NotApplicable, [], null);
        }

        var singles = portions.Where(p => p.Waste.Mode == WasteMode.SingleDose).ToArray();

        var drug = singles[0].Drug;
        var unit = drug.BillingUnit;
        var labeled = singles.Sum(p => p.Waste.Labeled);
        var given = singles.Sum(p => p.Amount);
        var labeledUnits = (int)decimal.Floor(Math.Round(labeled, 3) / unit.Amount);
        var doseUnits = singles.Length == portions.Count ? units : DrugUnits.Ceiling(given, unit.Amount);
        var cap = Math.Max(0, labeledUnits - doseUnits);
        var mode = singles.Length == portions.Count ? WasteMode.ZeroWaste : WasteMode.NotApplicable;
        if (singles.FirstOrDefault(p => p.Waste.Wasted is null && p.Waste.Labeled > p.Amount) is { } undocumented && cap >= 1)
        {
            var facts = new Facts { { "drug", drug.Generic }, { "labeled", new Quantity(labeled, unit.Unit) }, { "dose", new Quantity(given, unit.Unit) } };
            context.Report(DrugRules.DrgWaste07, $"{undocumented.Administration.Source.Path}.wasted", facts);
            return new WastePlan(0, WasteMode.Undocumented, [DrugRules.DrgWaste07], new Reason(DrugRules.DrgWaste07, Facts.None));
        }

        var discarded = singles.Where(p => p.Waste.Wasted is > 0).ToArray();
        var wasted = discarded.Sum(p => p.Waste.Wasted!.Value);
        var jw = Math.Min((int)decimal.Floor(Math.Round(wasted, 3) / unit.Amount), cap);
        if (jw > 0)
        {
            var sum = discarded.Length == 1 ? Wording.Number(wasted) : $"{string.Join(" + ", discarded.Select(p => Wording.Number(p.Waste.Wasted!.Value)))} = {Wording.Number(wasted)}";
            var formula = new Facts { { "wasted", sum }, { "unit", unit.Amount }, { "labeledUnits", labeledUnits }, { "units", doseUnits }, { "jw", jw } };
            return new WastePlan(jw, WasteMode.Discarded, [DrugRules.DrgWaste03], new Reason(DrugRules.DrgWaste03, formula));
        }

        var leftover = labeled - given;
        return leftover > 0 && cap == 0
            ? new WastePlan(0, mode, [DrugRules.DrgWaste02, DrugRules.DrgWaste04], new Reason(DrugRules.DrgWaste04, new Facts { { "leftover", new Quantity(leftover, unit.Unit) } }))
            : new WastePlan(0, mode, [DrugRules.DrgWaste02], new Reason(DrugRules.DrgWaste02, Facts.None));
    }

    private static bool Has(IReadOnlyList<DrugPortion> portions, WasteMode mode)
    {
        for (var i = 0; i < portions.Count; i++)
        {
            if (portions[i].Waste.Mode == mode)
            {
                return true;
            }
        }

        return false;
    }
}
