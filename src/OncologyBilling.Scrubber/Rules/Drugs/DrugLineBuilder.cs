using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// Turns the portions of one drug (and NDC) into its line and, when drug was discarded, a JW line right after it
/// (DRG-WASTE-02/03): the administered line carries neither JW nor JZ when there is a JW line.
/// </summary>
internal static class DrugLineBuilder
{
    private static readonly DateOnly JzRequired = new(2023, 7, 1);
    private static readonly DateOnly EditsStart = new(2023, 10, 1);

    public static void Build(ScrubContext context, IReadOnlyList<DrugPortion> portions, int ordinal)
    {
        var first = portions[0];
        var drug = first.Drug;
        var waste = portions.Sum(p => p.WasteUnits);
        var modifiers = new List<string>();
        if (waste == 0 && portions.All(p => p.Mode == WasteMode.ZeroWaste) && JzAllowed(context, drug.Generic))
        {
            modifiers.Add("JZ");
        }

        var line = NewLine(portions, drug.Hcpcs, portions.Sum(p => p.Units), ordinal * 2);
        line.Modifiers.AddRange(modifiers);
        line.RuleIds.AddRange(portions.SelectMany(p => p.RuleIds).Distinct());
        line.Explanation = string.Join("; ", portions.Select(p => p.Explanation)) + ".";
        context.Lines.Add(line);
        ClaimLine? jw = null;
        if (waste > 0)
        {
            jw = NewLine([.. portions.Where(p => p.WasteUnits > 0)], drug.Hcpcs, waste, (ordinal * 2) + 1);
            jw.Modifiers.Add("JW");
            jw.RuleIds.Add(DrugRules.DrgWaste03.Id);
            jw.Explanation = $"Discarded {drug.Generic} from single-dose containers: {waste} unit{(waste == 1 ? string.Empty : "s")} with JW (rounded down).";
            context.Lines.Add(jw);
        }

        CheckDates(context, portions, line);
        DrugModifiers.Apply(context, portions, line, jw);
    }

    // A line covers every administration whose portion it bills (two NS bags, a 5-FU push and pump), not just the first.
    private static ClaimLine NewLine(IReadOnlyList<DrugPortion> covered, string code, int units, int sortKey) => new()
    {
        Kind = LineKind.Drug,
        Code = code,
        Units = units,
        Category = covered[0].Administration.Category,
        AdministrationIds = [.. covered.Select(p => p.Administration.Source.Reference).Distinct()],
        AdministrationIndexes = [.. covered.Select(p => p.Administration.Source.Index).Distinct()],
        Ndc = covered[0].Ndc,
        SortKey = sortKey,
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

    private static void CheckDates(ScrubContext context, IReadOnlyList<DrugPortion> portions, ClaimLine line)
    {
        if (portions.Any(p => p.Mode == WasteMode.Undocumented))
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
