using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// One HCPCS line per code and date (and NDC): code from the NDC or the best-fitting descriptor, units = ceil(the day's
/// total ÷ billing unit) at least 1, rounded once (DRG-UNIT-01/02/06, <see cref="DrugUnits"/>), JW/JZ from the day's
/// totals per §5.2, 340B and ESA modifiers. Unresolved drugs get no line (classification reported the error).
/// </summary>
public sealed class DrugLineStage : IScrubStage
{
    public string Name => "drug-lines";

    public IReadOnlyList<RuleDefinition> Rules { get; } = [.. DrugRules.All, .. NdcRules.All, InputRules.Inp04];

    public void Apply(ScrubContext context)
    {
        var portions = new List<DrugPortion>();
        foreach (var a in context.Administrations)
        {
            if (a.Drug is not null && !IsVehicle(context, a) && Portion(context, a) is { } portion)
            {
                portions.Add(portion);
            }
        }

        var built = new List<DrugLines>();
        foreach (var day in ByCodeAndDate(portions))
        {
            foreach (var group in DrugUnits.Allocate(context, day))
            {
                built.Add(DrugLineBuilder.Build(context, group, built.Count));
            }
        }

        SentWasteModifiers.Decide(context, built);
        DrugChecks.Report(context);
    }

    // The portions of one code on one date, groups in first-seen order (as GroupBy gave them), portions in request order.
    private static List<DrugPortion[]> ByCodeAndDate(List<DrugPortion> portions)
    {
        var days = new List<DrugPortion[]>(portions.Count);
        var taken = new bool[portions.Count];
        for (var i = 0; i < portions.Count; i++)
        {
            if (!taken[i])
            {
                days.Add(SameDay(portions, taken, i));
            }
        }

        return days;
    }

    private static DrugPortion[] SameDay(List<DrugPortion> portions, bool[] taken, int first)
    {
        var (code, date) = (portions[first].Drug.Hcpcs, portions[first].ServiceDate);
        var day = new List<DrugPortion>(1);
        for (var i = first; i < portions.Count; i++)
        {
            if (!taken[i] && portions[i].Drug.Hcpcs == code && portions[i].ServiceDate == date)
            {
                taken[i] = true;
                day.Add(portions[i]);
            }
        }

        return [.. day];
    }

    private static DrugPortion? Portion(ScrubContext context, ClassifiedAdministration a)
    {
        var catalog = a.Drug!;
        if (DoseOf(a) is not { } dose)
        {
            context.Report(DrugRules.DrgUnit01, $"{a.Source.Path}.dose", new Facts { { "drug", a.DrugName }, { "code", catalog.Hcpcs } }, severity: FindingSeverity.Warning);
            return null;
        }

        var selection = DrugCodeSelector.Select(context, a, catalog, DoseConverter.ToUnit(dose.Amount, dose.Unit, catalog.BillingUnit.Unit));
        var drug = selection.Drug;
        var unit = drug.BillingUnit;
        if (DoseConverter.ToUnit(dose.Amount, dose.Unit, unit.Unit) is not { } converted)
        {
            var facts = new Facts
            {
                { "what", "dose" }, { "drug", a.DrugName }, { "unit", dose.Unit }, { "code", drug.Hcpcs }, { "billingUnit", new Quantity(unit.Amount, unit.Unit) },
            };
            context.Report(DrugRules.DrgUnit04, $"{a.Source.Path}.dose.unit", facts);
            return null;
        }

        var rounded = Math.Round(converted, 3);
        var payable = DrugPayment.IsSeparatelyPayable(context, drug.Hcpcs);
        var waste = WastePlanner.Plan(context, a, drug, rounded, payable);
        RuleDefinition[] rules = rounded == converted
            ? [.. selection.Rules, unit.UpTo ? DrugRules.DrgUnit06 : DrugRules.DrgUnit01]
            : [.. selection.Rules, unit.UpTo ? DrugRules.DrgUnit06 : DrugRules.DrgUnit01, DrugRules.DrgUnit02];
        return new DrugPortion(a, drug, selection.Ndc, rounded, waste, rules);
    }

    private static Quantity? DoseOf(ClassifiedAdministration a) =>
        a.Source.Dose ?? (a.Category == DrugCategory.Hydration && a.Source.Vials.Count > 0 && a.Source.Vials.All(v => v.Size.Unit == DoseUnit.ML)
            ? new Quantity(a.Source.Vials.Sum(v => v.Size.Amount * v.Count), DoseUnit.ML)
            : null);

    // A fluid mixed in one bag with a drug is its vehicle, not hydration: no fluid line (CLS-05).
    private static bool IsVehicle(ScrubContext context, ClassifiedAdministration a) =>
        a.Category == DrugCategory.Hydration && a.Source.Bag is { } bag
        && context.Administrations.Any(o => o.Source.Bag == bag && o.Category != DrugCategory.Hydration);
}
