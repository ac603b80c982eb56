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
            context.Report(DrugRules.DrgUnit04, $"{source.Path}.vials", new Facts { { "what", "vials" }, { "drug", a.DrugName }, { "unit", drug.BillingUnit.Unit }, { "code", drug.Hcpcs } });
            return WasteIntake.None();
        }

        if (dose > labeled)
        {
            var facts = new Facts { { "drug", a.DrugName }, { "dose", Amount(dose, drug) }, { "labeled", Amount(labeled.Value, drug) } };
            context.Report(DrugRules.DrgUnit03, $"{source.Path}.dose", facts);
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
            return new WasteIntake(WasteMode.SingleDose, labeled, null, [], null);
        }

        var w = DoseConverter.ToUnit(wasted.Amount, wasted.Unit, drug.BillingUnit.Unit);
        if (w is null)
        {
            context.Report(DrugRules.DrgUnit04, $"{path}.wasted", new Facts { { "what", "wasted" }, { "drug", a.DrugName }, { "unit", drug.BillingUnit.Unit } });
            return WasteIntake.None();
        }

        var leftover = labeled - dose;
        if (Math.Abs(w.Value - leftover) > 0.0005m)
        {
            var facts = new Facts
            {
                { "drug", a.DrugName }, { "wasted", Amount(w.Value, drug) }, { "labeledAmount", labeled }, { "doseAmount", dose }, { "leftover", Amount(leftover, drug) },
            };
            context.Report(DrugRules.DrgWaste13, $"{path}.wasted", facts);
        }

        return new WasteIntake(WasteMode.SingleDose, labeled, Math.Round(w.Value, 3), [], null);
    }

    private static WasteIntake MultipleDose(ScrubContext context, ClassifiedAdministration a)
    {
        if (a.Source.Wasted is { Amount: > 0 })
        {
            context.Report(DrugRules.DrgWaste06, $"{a.Source.Path}.wasted", new Facts { { "drug", a.DrugName } }, severity: FindingSeverity.Info);
        }

        return WasteIntake.Of(WasteMode.MultipleDose, DrugRules.DrgWaste06);
    }

    private static WasteIntake Undecided(ScrubContext context, ClassifiedAdministration a, DrugRow drug, bool payable)
    {
        if (drug.Container is ContainerType.MultipleDose or ContainerType.PharmacyBulk or ContainerType.Bag or ContainerType.None || !payable)
        {
            return WasteIntake.None();
        }

        context.Report(InputRules.Inp04, $"{a.Source.Path}.vials", new Facts { { "drug", a.DrugName }, { "container", drug.Container } });
        return WasteIntake.Of(WasteMode.Undecided, InputRules.Inp04);
    }

    private static void CheckLeastWaste(ScrubContext context, ClassifiedAdministration a, DrugRow drug, decimal dose, decimal labeled)
    {
        if (VialOptimizer.LeastTotal(drug.VialSizes, dose) is { } least && least < labeled)
        {
            var facts = new Facts
            {
                { "drug", a.DrugName }, { "labeled", Amount(labeled, drug) }, { "dose", Amount(dose, drug) }, { "sizes", drug.VialSizes },
                { "unit", drug.BillingUnit.Unit }, { "least", Amount(least, drug) }, { "leastWaste", least - dose }, { "waste", labeled - dose },
            };
            context.Report(DrugRules.DrgWaste08, $"{a.Source.Path}.vials", facts);
        }
    }

    private static Quantity Amount(decimal amount, DrugRow drug) => new(amount, drug.BillingUnit.Unit);

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
