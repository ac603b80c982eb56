using OncologyBilling.Scrubber.Findings;
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

    public static DrugLines Build(ScrubContext context, IReadOnlyList<DrugPortion> portions, int ordinal)
    {
        var drug = portions[0].Drug;
        var waste = portions.Sum(p => p.WasteUnits);
        var line = NewLine(portions, drug.Hcpcs, portions.Sum(p => p.Units), ClaimOrder.Drug(ordinal));
        if (waste == 0 && portions.All(p => p.Mode == WasteMode.ZeroWaste) && JzAllowed(context, drug.Generic))
        {
            line.Modifiers.Add("JZ");
        }

        line.Stamp(portions.SelectMany(p => p.Rules));
        foreach (var reason in portions.SelectMany(p => p.Reasons))
        {
            line.Because(reason.Rule, reason.Facts);
        }

        context.Lines.Add(line);
        ClaimLine? jw = null;
        if (waste > 0)
        {
            jw = NewLine([.. portions.Where(p => p.WasteUnits > 0)], drug.Hcpcs, waste, ClaimOrder.Drug(ordinal, waste: true));
            jw.Modifiers.Add("JW");
            jw.Because(DrugRules.DrgWaste03, new Facts { { "drug", drug.Generic }, { "units", waste } });
            context.Lines.Add(jw);
        }

        CheckDates(context, portions, line);
        DrugModifiers.Apply(context, portions, line, jw);
        return new DrugLines(line, jw, portions);
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
    };

    private static bool JzAllowed(ScrubContext context, string generic)
    {
        if (context.DateOfService >= JzRequired)
        {
            return true;
        }

        context.Report(DrugRules.DrgWaste12, "administrations", new Facts { { "drug", generic } });
        return false;
    }

    private static void CheckDates(ScrubContext context, IReadOnlyList<DrugPortion> portions, ClaimLine line)
    {
        var code = new Facts { { "code", line.Code } };
        if (portions.Any(p => p.Mode == WasteMode.Undocumented))
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
