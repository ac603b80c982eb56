using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// Turns the portions of one code on one date (and NDC) into its line and, when drug was discarded, a JW line right after
/// it (DRG-WASTE-02/03), from the day's totals (<see cref="DrugUnits"/>, <see cref="DayWaste"/>): the administered line
/// carries neither JW nor JZ when there is a JW line.
/// </summary>
internal static class DrugLineBuilder
{
    private static readonly DateOnly JzRequired = new(2023, 7, 1);
    private static readonly DateOnly EditsStart = new(2023, 10, 1);

    public static DrugLines Build(ScrubContext context, DrugLineGroup group, int ordinal)
    {
        var portions = group.Portions;
        var drug = portions[0].Drug;
        var plan = DayWaste.Decide(context, portions, group.Units);
        var line = NewLine(context, portions, drug.Hcpcs, group.Units, ClaimOrder.Drug(ordinal));
        if (plan.Mode == WasteMode.ZeroWaste && JzAllowed(context, drug.Generic))
        {
            line.Modifiers.Add("JZ");
        }

        var unitRule = drug.BillingUnit.UpTo ? DrugRules.DrgUnit06 : DrugRules.DrgUnit01;
        StampRules(line, portions, plan);
        line.Because(unitRule, group.Arithmetic);
        ExplainWaste(line, portions, plan);

        if (line.Modifiers.Contains("JZ") || plan.WasteUnits > 0)
        {
            line.Stamp(DrugRules.DrgWaste01);
        }

        context.Lines.Add(line);
        ClaimLine? jw = null;
        if (plan.WasteUnits > 0)
        {
            jw = NewLine(context, [.. portions.Where(p => p.Waste.Wasted is > 0)], drug.Hcpcs, plan.WasteUnits, ClaimOrder.Drug(ordinal, waste: true));
            jw.Modifiers.Add("JW");
            jw.Because(DrugRules.DrgWaste03, new Facts { { "drug", drug.Generic }, { "units", plan.WasteUnits } }).Stamp(DrugRules.DrgWaste01);
            context.Lines.Add(jw);
        }

        CheckDates(context, plan, line);
        DrugModifiers.Apply(context, portions, line, jw);
        return new DrugLines(line, jw, portions);
    }

    // The rules that chose the code and units, then the containers' rules, then the day's waste rules; once each.
    private static void StampRules(ClaimLine line, IReadOnlyList<DrugPortion> portions, WastePlan plan)
    {
        for (var i = 0; i < portions.Count; i++)
        {
            line.Stamp(portions[i].Rules);
        }

        for (var i = 0; i < portions.Count; i++)
        {
            line.Stamp(portions[i].Waste.Rules);
        }

        line.Stamp(plan.Rules);
    }

    // Each administration's waste reason, then the day's, once per rule.
    private static void ExplainWaste(ClaimLine line, IReadOnlyList<DrugPortion> portions, WastePlan plan)
    {
        var given = new List<string>(2);
        for (var i = 0; i <= portions.Count; i++)
        {
            if ((i < portions.Count ? portions[i].Waste.Reason : plan.Reason) is { } reason && !given.Contains(reason.Rule.Id))
            {
                given.Add(reason.Rule.Id);
                line.Because(reason.Rule, reason.Facts);
            }
        }
    }

    // A line covers every administration whose portion it bills (two NS bags, a 5-FU push and pump), not just the first.
    private static ClaimLine NewLine(ScrubContext context, IReadOnlyList<DrugPortion> covered, string code, int units, int sortKey)
    {
        var line = new ClaimLine
        {
            Kind = LineKind.Drug,
            Code = code,
            Units = units,
            Category = covered[0].Administration.Category,
            Ndc = covered[0].Ndc,
            SortKey = sortKey,
            ServiceDate = covered[0].ServiceDate == context.DateOfService ? null : covered[0].ServiceDate,
        };
        for (var i = 0; i < covered.Count; i++)
        {
            var source = covered[i].Administration.Source;
            if (!line.AdministrationIds.Contains(source.Reference))
            {
                line.AdministrationIds.Add(source.Reference);
            }

            if (!line.AdministrationIndexes.Contains(source.Index))
            {
                line.AdministrationIndexes.Add(source.Index);
            }
        }

        return line;
    }

    private static bool JzAllowed(ScrubContext context, string generic)
    {
        if (context.DateOfService >= JzRequired)
        {
            return true;
        }

        context.Report(DrugRules.DrgWaste12, "administrations", new Facts { { "drug", generic } });
        return false;
    }

    private static void CheckDates(ScrubContext context, WastePlan plan, ClaimLine line)
    {
        var code = new Facts { { "code", line.Code } };
        if (plan.Mode == WasteMode.Undocumented)
        {
            if (context.DateOfService >= EditsStart)
            {
                context.Report(DrugRules.DrgWaste10, null, code, line);
            }
            else if (context.DateOfService >= JzRequired)
            {
                context.Report(DrugRules.DrgWaste11, null, code, line);
            }
        }

        if (context.ReferenceData.Hcpcs.Find(line.Code) is { } row && !row.IsActiveOn(context.DateOfService))
        {
            var facts = new Facts { { "code", line.Code }, { "date", context.DateOfService }, { "effective", Date(row.Effective) }, { "termination", Date(row.Termination) } };
            context.Report(DrugRules.DrgCode01, null, facts, line, FindingSeverity.Error);
        }
    }

    // An open-ended HCPCS date prints as nothing ("HCPCS 2020-01-01 to ").
    private static object Date(DateOnly? date) => date is { } d ? d : string.Empty;
}
