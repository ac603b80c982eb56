using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Services;

/// <summary>
/// 99497/99498 from ACP minutes A (ACP-01/02): A &lt; 16 → nothing; A ≥ 16 → 99497 × 1; 99498 × floor((A − 16) ÷ 30) from 46
/// minutes. With an annual wellness visit on the claim both take modifier 33 (ACP-03); otherwise no 33.
/// </summary>
internal static class AdvanceCarePlanning
{
    private const int FirstThreshold = 16;
    private const int BandMinutes = 30;

    public static void Add(ScrubContext context, ServiceItem item, bool wellnessVisit)
    {
        var modifiers = Modifiers(context, item, wellnessVisit);
        if (item.Minutes is not { } minutes)
        {
            context.Report(AcpRules.First01, Findings.FindingSeverity.Warning, "99497 without documented ACP minutes: passed through as 1 unit; document the face-to-face minutes.", item.Path);
            context.Lines.Add(ServiceLines.From(item, "99497", 1, modifiers, AcpRules.First01.Id, "Advance care planning, minutes not documented."));
            return;
        }

        if (minutes < FirstThreshold)
        {
            context.Report(AcpRules.First01, $"Advance care planning of {minutes} minutes is under {FirstThreshold}: not reportable, 99497 removed.", item.Path);
            return;
        }

        context.Lines.Add(ServiceLines.From(item, "99497", 1, modifiers, AcpRules.First01.Id, $"Advance care planning {minutes} min ≥ {FirstThreshold}: 99497 × 1."));
        var extra = (minutes - FirstThreshold) / BandMinutes;
        if (extra > 0)
        {
            var line = ServiceLines.From(item, "99498", extra, modifiers, AcpRules.AddOn02.Id, $"Additional ACP time: floor(({minutes} − {FirstThreshold}) ÷ {BandMinutes}) = {extra}.");
            line.SortKey = 1;
            context.Lines.Add(line);
        }
    }

    private static List<string> Modifiers(ScrubContext context, ServiceItem item, bool wellnessVisit)
    {
        var modifiers = item.Modifiers.Where(m => m != "33").ToList();
        if (wellnessVisit)
        {
            modifiers.Add("33");
            context.Report(AcpRules.Awv03, "Advance care planning with an annual wellness visit (G0438/G0439) on the claim: modifier 33 (cost sharing waived).", item.Path);
        }
        else if (item.Modifiers.Contains("33"))
        {
            context.Report(AcpRules.Awv03, "Modifier 33 removed from advance care planning: no annual wellness visit (G0438/G0439) on the claim.", item.Path);
        }

        return modifiers;
    }
}
