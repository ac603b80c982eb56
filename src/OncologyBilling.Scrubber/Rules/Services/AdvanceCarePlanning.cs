using OncologyBilling.Scrubber.Findings;
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
            context.Report(AcpRules.Acp01, item.Path, Facts.None, severity: FindingSeverity.Warning);
            context.Lines.Add(ServiceLines.From(item, "99497", 1, modifiers, AcpRules.Acp01, Facts.None));
            return;
        }

        var facts = new Facts { { "minutes", minutes }, { "threshold", FirstThreshold } };
        if (minutes < FirstThreshold)
        {
            context.Report(AcpRules.Acp01, item.Path, facts);
            return;
        }

        context.Lines.Add(ServiceLines.From(item, "99497", 1, modifiers, AcpRules.Acp01, facts));
        var extra = (minutes - FirstThreshold) / BandMinutes;
        if (extra > 0)
        {
            var hours = new Facts { { "minutes", minutes }, { "threshold", FirstThreshold }, { "band", BandMinutes }, { "units", extra } };
            var line = ServiceLines.From(item, "99498", extra, modifiers, AcpRules.Acp02, hours);
            line.SortKey = ClaimOrder.Service(addOn: true);
            context.Lines.Add(line);
        }
    }

    private static List<string> Modifiers(ScrubContext context, ServiceItem item, bool wellnessVisit)
    {
        var modifiers = item.Modifiers.Where(m => m != "33").ToList();
        if (wellnessVisit)
        {
            modifiers.Add("33");
        }

        if (wellnessVisit || item.Modifiers.Contains("33"))
        {
            context.Report(AcpRules.Acp03, item.Path, new Facts { { "wellnessVisit", wellnessVisit } });
        }

        return modifiers;
    }
}
