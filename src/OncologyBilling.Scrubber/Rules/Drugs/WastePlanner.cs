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
            context.Report(DrugRules.DrgUnit04, $"{source.Path}.vials", new Facts { { "what", "vials" }, { "drug", a.DrugName }, { "unit", drug.BillingUnit.Unit }, { "code", drug.Hcpcs } });
            return WastePlan.None();
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
                var facts = new Facts { { "drug", a.DrugName }, { "labeled", Amount(labeled, drug) }, { "dose", Amount(dose, drug) } };
                context.Report(DrugRules.DrgWaste07, $"{path}.wasted", facts);
                return WastePlan.Of(WasteMode.Undocumented, DrugRules.DrgWaste07, Facts.None);
            }

            return ZeroWaste(leftover, cap, drug);
        }

        var w = DoseConverter.ToUnit(wasted.Amount, wasted.Unit, drug.BillingUnit.Unit);
        if (w is null)
        {
            context.Report(DrugRules.DrgUnit04, $"{path}.wasted", new Facts { { "what", "wasted" }, { "drug", a.DrugName }, { "unit", drug.BillingUnit.Unit } });
            return WastePlan.None();
        }

        if (Math.Abs(w.Value - leftover) > 0.0005m)
        {
            var facts = new Facts
            {
                { "drug", a.DrugName }, { "wasted", Amount(w.Value, drug) }, { "labeledAmount", labeled }, { "doseAmount", dose }, { "leftover", Amount(leftover, drug) },
            };
            context.Report(DrugRules.DrgWaste13, $"{path}.wasted", facts);
        }

        var jw = Math.Min((int)decimal.Floor(Math.Round(w.Value, 3) / unit), cap);
        var formula = new Facts { { "wasted", w.Value }, { "unit", unit }, { "labeledUnits", labeledUnits }, { "units", units }, { "jw", jw } };
        return jw > 0 ? WastePlan.Of(WasteMode.Discarded, DrugRules.DrgWaste03, formula, jw) : ZeroWaste(leftover, cap, drug);
    }

    private static WastePlan ZeroWaste(decimal leftover, int cap, DrugRow drug) =>
        leftover > 0 && cap == 0
            ? new WastePlan(0, WasteMode.ZeroWaste, [DrugRules.DrgWaste02, DrugRules.DrgWaste04],
                new Reason(DrugRules.DrgWaste04, new Facts { { "leftover", Amount(leftover, drug) } }))
            : WastePlan.Of(WasteMode.ZeroWaste, DrugRules.DrgWaste02, Facts.None);

    private static WastePlan MultipleDose(ScrubContext context, ClassifiedAdministration a)
    {
        if (a.Source.Wasted is { Amount: > 0 })
        {
            context.Report(DrugRules.DrgWaste06, $"{a.Source.Path}.wasted", new Facts { { "drug", a.DrugName } }, severity: FindingSeverity.Info);
        }

        return WastePlan.Of(WasteMode.MultipleDose, DrugRules.DrgWaste06, Facts.None);
    }

    private static WastePlan Undecided(ScrubContext context, ClassifiedAdministration a, DrugRow drug, bool payable)
    {
        if (drug.Container is ContainerType.MultipleDose or ContainerType.PharmacyBulk or ContainerType.Bag or ContainerType.None || !payable)
        {
            return WastePlan.None();
        }

        context.Report(InputRules.Inp04, $"{a.Source.Path}.vials", new Facts { { "drug", a.DrugName }, { "container", drug.Container } });
        return WastePlan.Of(WasteMode.Undecided, InputRules.Inp04, Facts.None);
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
