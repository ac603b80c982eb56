using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// Decides JW/JZ for one dose (DRG-WASTE-01…08, 13): single-dose containers only; JW = floor(discarded ÷ unit), capped so
/// administered + JW units ≤ the labelled total; no JW where rounding up already covers the containers.
/// </summary>
public static class WastePlanner
{
    public static WastePlan Plan(ScrubContext context, ClassifiedAdministration a, DrugRow drug, decimal dose, int units, bool payable)
    {
        var source = a.Source;
        if (source.Vials.Count == 0)
        {
            return Undecided(context, a, drug, payable);
        }

        var labeled = Labeled(source.Vials, drug.BillingUnit.Unit);
        if (labeled is null)
        {
            context.Report(DrugRules.DrgUnit04, $"{a.DrugName}: a vial size cannot be converted to {Wording.Unit(drug.BillingUnit.Unit)} ({drug.Hcpcs}); JW/JZ not decided.", $"{source.Path}.vials");
            return WastePlan.None();
        }

        if (dose > labeled)
        {
            context.Report(DrugRules.DrgUnit03, $"{a.DrugName}: dose {Wording.Amount(dose, drug.BillingUnit.Unit)} exceeds the {Wording.Amount(labeled.Value, drug.BillingUnit.Unit)} labelled in the containers opened.", $"{source.Path}.dose");
        }

        if (!source.Vials.Any(v => v.SingleDose))
        {
            return MultipleDose(context, a);
        }

        if (!payable)
        {
            return WastePlan.None();
        }

        CheckLeastWaste(context, a, drug, dose, labeled.Value);
        return SingleDose(context, a, drug, dose, units, labeled.Value);
    }

    private static WastePlan SingleDose(ScrubContext context, ClassifiedAdministration a, DrugRow drug, decimal dose, int units, decimal labeled)
    {
        var unit = drug.BillingUnit.Amount;
        var labeledUnits = (int)decimal.Floor(Math.Round(labeled, 3) / unit);
        var cap = Math.Max(0, labeledUnits - units);
        var leftover = labeled - dose;
        var path = a.Source.Path;
        if (a.Source.Wasted is not { } wasted)
        {
            if (leftover > 0 && cap >= 1)
            {
                context.Report(DrugRules.DrgWaste07, $"{a.DrugName}: {Wording.Amount(labeled, drug.BillingUnit.Unit)} opened for {Wording.Amount(dose, drug.BillingUnit.Unit)}, but no discarded amount is documented; JZ may not be used. Document the waste.", $"{path}.wasted");
                return new WastePlan(0, WasteMode.Undocumented, [DrugRules.DrgWaste07.Id], "discarded amount not documented");
            }

            return ZeroWaste(leftover, cap, drug);
        }

        var w = DoseConverter.ToUnit(wasted.Amount, wasted.Unit, drug.BillingUnit.Unit);
        if (w is null)
        {
            context.Report(DrugRules.DrgUnit04, $"{a.DrugName}: the discarded amount cannot be converted to {Wording.Unit(drug.BillingUnit.Unit)}.", $"{path}.wasted");
            return WastePlan.None();
        }

        if (Math.Abs(w.Value - leftover) > 0.0005m)
        {
            context.Report(DrugRules.DrgWaste13, $"{a.DrugName}: documented waste {Wording.Amount(w.Value, drug.BillingUnit.Unit)} differs from containers opened minus dose ({Wording.Number(labeled)} − {Wording.Number(dose)} = {Wording.Amount(leftover, drug.BillingUnit.Unit)}).", $"{path}.wasted");
        }

        var jw = Math.Min((int)decimal.Floor(Math.Round(w.Value, 3) / unit), cap);
        return jw > 0
            ? new WastePlan(jw, WasteMode.Discarded, [DrugRules.DrgWaste03.Id], $"JW = min(floor({Wording.Number(w.Value)} ÷ {Wording.Number(unit)}), {labeledUnits} − {units}) = {jw}")
            : ZeroWaste(leftover, cap, drug);
    }

    private static WastePlan ZeroWaste(decimal leftover, int cap, DrugRow drug) =>
        leftover > 0 && cap == 0
            ? new WastePlan(0, WasteMode.ZeroWaste, [DrugRules.DrgWaste02.Id, DrugRules.DrgWaste04.Id], $"the {Wording.Amount(leftover, drug.BillingUnit.Unit)} left is less than one unit beyond the units billed: JZ, no JW")
            : new WastePlan(0, WasteMode.ZeroWaste, [DrugRules.DrgWaste02.Id], "nothing discarded: JZ");

    private static WastePlan MultipleDose(ScrubContext context, ClassifiedAdministration a)
    {
        if (a.Source.Wasted is { Amount: > 0 })
        {
            context.Report(DrugRules.DrgWaste06, Findings.FindingSeverity.Info, $"{a.DrugName}: multiple-dose container; the discarded amount is not billable and takes no JW.", $"{a.Source.Path}.wasted");
        }

        return new WastePlan(0, WasteMode.NotApplicable, [DrugRules.DrgWaste06.Id], "multiple-dose container: no JW/JZ");
    }

    private static WastePlan Undecided(ScrubContext context, ClassifiedAdministration a, DrugRow drug, bool payable)
    {
        if (drug.Container is ContainerType.MultipleDose or ContainerType.PharmacyBulk or ContainerType.Bag or ContainerType.None || !payable)
        {
            return WastePlan.None();
        }

        context.Report(InputRules.Inp04, $"{a.DrugName}: no containers documented (catalog: {Wording.Container(drug.Container)}); JW/JZ cannot be decided. Document the vials opened.", $"{a.Source.Path}.vials");
        return new WastePlan(0, WasteMode.Undecided, [InputRules.Inp04.Id], "containers not documented");
    }

    private static void CheckLeastWaste(ScrubContext context, ClassifiedAdministration a, DrugRow drug, decimal dose, decimal labeled)
    {
        if (VialOptimizer.LeastTotal(drug.VialSizes, dose) is { } least && least < labeled)
        {
            context.Report(DrugRules.DrgWaste08, $"{a.DrugName}: {Wording.Amount(labeled, drug.BillingUnit.Unit)} opened for {Wording.Amount(dose, drug.BillingUnit.Unit)}; vial sizes {string.Join(", ", drug.VialSizes.Select(Wording.Number))} {Wording.Unit(drug.BillingUnit.Unit)} could cover it with {Wording.Amount(least, drug.BillingUnit.Unit)} (waste {Wording.Number(least - dose)} instead of {Wording.Number(labeled - dose)}).", $"{a.Source.Path}.vials");
        }
    }

    private static decimal? Labeled(IReadOnlyList<VialUse> vials, DoseUnit unit)
    {
        var total = 0m;
        foreach (var v in vials)
        {
            if (DoseConverter.ToUnit(v.Size.Amount, v.Size.Unit, unit) is not { } size)
            {
                return null;
            }

            total += size * v.Count;
        }

        return total;
    }
}
