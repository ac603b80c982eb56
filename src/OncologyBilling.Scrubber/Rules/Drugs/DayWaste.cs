using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
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
        if (portions.Any(p => p.Waste.Mode == WasteMode.Undecided))
        {
            return new WastePlan(0, WasteMode.Undecided, [], string.Empty);
        }

        var singles = portions.Where(p => p.Waste.Mode == WasteMode.SingleDose).ToArray();
        if (singles.Length == 0)
        {
            return WastePlan.None();
        }

        var drug = singles[0].Drug;
        var unit = drug.BillingUnit;
        var labeled = singles.Sum(p => p.Waste.Labeled);
        var labeledUnits = (int)decimal.Floor(Math.Round(labeled, 3) / unit.Amount);
        var doseUnits = singles.Length == portions.Count ? units : DrugUnits.Ceiling(singles.Sum(p => p.Amount), unit.Amount);
        var cap = Math.Max(0, labeledUnits - doseUnits);
        var leftover = labeled - singles.Sum(p => p.Amount);
        var mode = singles.Length == portions.Count ? WasteMode.ZeroWaste : WasteMode.NotApplicable;
        if (singles.FirstOrDefault(p => p.Waste.Wasted is null && p.Waste.Labeled > p.Amount) is { } undocumented && cap >= 1)
        {
            context.Report(DrugRules.DrgWaste07, $"{drug.Generic} ({drug.Hcpcs}) on {undocumented.ServiceDate:yyyy-MM-dd}: {Wording.Amount(labeled, unit.Unit)} opened for {Wording.Amount(labeled - leftover, unit.Unit)}, but no discarded amount is documented; JZ may not be used. Document the waste.", $"{undocumented.Administration.Source.Path}.wasted");
            return new WastePlan(0, WasteMode.Undocumented, [DrugRules.DrgWaste07.Id], "discarded amount not documented");
        }

        var discarded = singles.Where(p => p.Waste.Wasted is > 0).ToArray();
        var wasted = discarded.Sum(p => p.Waste.Wasted!.Value);
        var jw = Math.Min((int)decimal.Floor(Math.Round(wasted, 3) / unit.Amount), cap);
        if (jw > 0)
        {
            var sum = discarded.Length == 1 ? Wording.Number(wasted) : $"{string.Join(" + ", discarded.Select(p => Wording.Number(p.Waste.Wasted!.Value)))} = {Wording.Number(wasted)}";
            return new WastePlan(jw, WasteMode.Discarded, [DrugRules.DrgWaste03.Id], $"JW = min(floor({sum} ÷ {Wording.Number(unit.Amount)}), {labeledUnits} − {doseUnits}) = {jw}");
        }

        return leftover > 0 && cap == 0
            ? new WastePlan(0, mode, [DrugRules.DrgWaste02.Id, DrugRules.DrgWaste04.Id], $"the {Wording.Amount(leftover, unit.Unit)} left is less than one unit beyond the units billed: JZ, no JW")
            : new WastePlan(0, mode, [DrugRules.DrgWaste02.Id], "nothing discarded: JZ");
    }
}
