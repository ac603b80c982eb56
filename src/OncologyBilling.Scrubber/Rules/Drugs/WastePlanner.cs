using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// Checks one administration's containers (DRG-WASTE-01, 06, 08, 13, DRG-UNIT-03/04, INP-04) and says what it brings to
/// the day's JW/JZ decision (<see cref="DayWaste"/>): single-dose containers only, labelled and discarded amounts in the
/// billing unit's unit. Nothing is rounded here: the day's totals are rounded once.
/// </summary>
public static class WastePlanner
{
    public static WasteIntake Plan(ScrubContext context, ClassifiedAdministration a, DrugRow drug, decimal dose, bool payable)
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
            return WasteIntake.None();
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
            return WasteIntake.None();
        }

        CheckLeastWaste(context, a, drug, dose, labeled.Value);
        return SingleDose(context, a, drug, dose, labeled.Value);
    }

    private static WasteIntake SingleDose(ScrubContext context, ClassifiedAdministration a, DrugRow drug, decimal dose, decimal labeled)
    {
        var path = a.Source.Path;
        if (a.Source.Wasted is not { } wasted)
        {
            return new WasteIntake(WasteMode.SingleDose, labeled, null, [], string.Empty);
        }

        var unit = drug.BillingUnit.Unit;
        if (DoseConverter.ToUnit(wasted.Amount, wasted.Unit, unit) is not { } w)
        {
            context.Report(DrugRules.DrgUnit04, $"{a.DrugName}: the discarded amount cannot be converted to {Wording.Unit(unit)}.", $"{path}.wasted");
            return WasteIntake.None();
        }

        var leftover = labeled - dose;
        if (Math.Abs(w - leftover) > 0.0005m)
        {
            context.Report(DrugRules.DrgWaste13, $"{a.DrugName}: documented waste {Wording.Amount(w, unit)} differs from containers opened minus dose ({Wording.Number(labeled)} − {Wording.Number(dose)} = {Wording.Amount(leftover, unit)}).", $"{path}.wasted");
        }

        return new WasteIntake(WasteMode.SingleDose, labeled, Math.Round(w, 3), [], string.Empty);
    }

    private static WasteIntake MultipleDose(ScrubContext context, ClassifiedAdministration a)
    {
        if (a.Source.Wasted is { Amount: > 0 })
        {
            context.Report(DrugRules.DrgWaste06, FindingSeverity.Info, $"{a.DrugName}: multiple-dose container; the discarded amount is not billable and takes no JW.", $"{a.Source.Path}.wasted");
        }

        return new WasteIntake(WasteMode.NotApplicable, 0, null, [DrugRules.DrgWaste06.Id], "multiple-dose container: no JW/JZ");
    }

    private static WasteIntake Undecided(ScrubContext context, ClassifiedAdministration a, DrugRow drug, bool payable)
    {
        if (drug.Container is ContainerType.MultipleDose or ContainerType.PharmacyBulk or ContainerType.Bag or ContainerType.None || !payable)
        {
            return WasteIntake.None();
        }

        var known = drug.Curated ? $"catalog: {Wording.Container(drug.Container)}" : "not in the curated catalog, so its container type is unknown";
        context.Report(InputRules.Inp04, $"{a.DrugName}: no containers documented ({known}); JW/JZ cannot be decided. Document the vials opened.", $"{a.Source.Path}.vials");
        return new WasteIntake(WasteMode.Undecided, 0, null, [InputRules.Inp04.Id], "containers not documented");
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
