using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// Turns the portions of one drug (and NDC) into its line and, when drug was discarded, a JW line right after it
/// (DRG-WASTE-02/03) from the day's totals (<see cref="DayWaste"/>): the administered line carries neither JW nor JZ
/// when there is a JW line.
/// </summary>
internal static class DrugLineBuilder
{
    private static readonly DateOnly JzRequired = new(2023, 7, 1);
    private static readonly DateOnly EditsStart = new(2023, 10, 1);

    public static void Build(ScrubContext context, DrugLineGroup group, int ordinal)
    {
        var portions = group.Portions;
        var drug = portions[0].Drug;
        var plan = DayWaste.Decide(context, portions, group.Units);
        var line = NewLine(context, portions, drug.Hcpcs, group.Units, ordinal * 2);
        if (plan.Mode == WasteMode.ZeroWaste && JzAllowed(context, drug.Generic))
        {
            line.Modifiers.Add("JZ");
        }

        line.RuleIds.AddRange(portions.SelectMany(p => p.RuleIds).Concat(portions.SelectMany(p => p.Waste.RuleIds)).Concat(plan.RuleIds).Distinct());
        line.Explanation = Explain(group, plan);
        context.Lines.Add(line);
        ClaimLine? jw = null;
        if (plan.WasteUnits > 0)
        {
            jw = NewLine(context, [.. portions.Where(p => p.Waste.Wasted is > 0)], drug.Hcpcs, plan.WasteUnits, (ordinal * 2) + 1);
            jw.Modifiers.Add("JW");
            jw.RuleIds.Add(DrugRules.DrgWaste03.Id);
            jw.Explanation = $"Discarded {drug.Generic} from single-dose containers: {plan.WasteUnits} unit{(plan.WasteUnits == 1 ? string.Empty : "s")} with JW (rounded down once for the day).";
            context.Lines.Add(jw);
        }

        CheckDates(context, plan, line);
        DrugModifiers.Apply(context, portions, line, jw);
    }

    private static string Explain(DrugLineGroup group, WastePlan plan)
    {
        var notes = group.Portions.Select(p => p.Waste.Explanation).Append(plan.Explanation).Where(e => e.Length > 0).Distinct();
        return string.Join("; ", notes.Prepend(group.Explanation)) + ".";
    }

    // A line covers every administration whose portion it bills (two NS bags, a 5-FU push and pump), not just the first.
    private static ClaimLine NewLine(ScrubContext context, IReadOnlyList<DrugPortion> covered, string code, int units, int sortKey) => new()
    {
        Kind = LineKind.Drug,
        Code = code,
        Units = units,
        Category = covered[0].Administration.Category,
        AdministrationIds = [.. covered.Select(p => p.Administration.Source.Reference).Distinct()],
        AdministrationIndexes = [.. covered.Select(p => p.Administration.Source.Index).Distinct()],
        Ndc = covered[0].Ndc,
        SortKey = sortKey,
        ServiceDate = covered[0].ServiceDate == context.DateOfService ? null : covered[0].ServiceDate,
        Explanation = string.Empty,
    };

    private static bool JzAllowed(ScrubContext context, string generic)
    {
        if (context.DateOfService >= JzRequired)
        {
            return true;
        }

        context.Report(DrugRules.DrgWaste12, $"{generic}: JZ is optional before 2023-07-01 and is not appended.", "administrations");
        return false;
    }

    private static void CheckDates(ScrubContext context, WastePlan plan, ClaimLine line)
    {
        if (plan.Mode == WasteMode.Undocumented)
        {
            if (context.DateOfService >= EditsStart)
            {
                context.Report(DrugRules.DrgWaste10, $"{line.Code}: a single-dose drug line without JW or JZ is returned as unprocessable from 2023-10-01.", null, line);
            }
            else if (context.DateOfService >= JzRequired)
            {
                context.Report(DrugRules.DrgWaste11, $"{line.Code}: JW/JZ were required from 2023-07-01 (no front-end edit before 2023-10-01).", null, line);
            }
        }

        if (context.ReferenceData.Hcpcs.Find(line.Code) is { } row && !row.IsActiveOn(context.DateOfService))
        {
            context.Report(DrugRules.DrgCode01, Findings.FindingSeverity.Error, $"{line.Code} is not active on {context.DateOfService:yyyy-MM-dd} (HCPCS {row.Effective:yyyy-MM-dd} to {row.Termination:yyyy-MM-dd}).", null, line);
        }
    }
}
