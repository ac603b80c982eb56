using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Groups the timeline for the initial service (ADM-INIT-01, ADM-SITE-01): one group per access site in the hospital
/// (R1702CP); one group per encounter in the office unless <see cref="ScrubberOptions.OfficeSecondSiteInitial"/>.
/// Entries with no documented site join the group holding the encounter's top-ranked service. The group holding the
/// top-ranked service comes first, so only later groups' initials carry the second-site modifier.
/// </summary>
internal static class AccessGroups
{
    public static string SiteKey(string? site) => site?.Trim().ToUpperInvariant() ?? string.Empty;

    public static IReadOnlyList<TimelineGroup> Create(ScrubContext context, IReadOnlyList<TimelineEntry> entries)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        var named = entries.Select(e => e.Site).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var top = entries.OrderBy(e => e.Kind).ThenBy(e => e, TimelineEntry.Chronological).First();
        var perSite = context.Encounter.Setting == CareSetting.HospitalOutpatient || context.Options.OfficeSecondSiteInitial;
        if (!perSite || named.Length <= 1)
        {
            WarnOfficeSecondSite(context, named);
            return [new TimelineGroup(0, top.Site, entries)];
        }

        var topSite = top.Site.Length > 0 ? top.Site : named.Order(StringComparer.Ordinal).First();
        return
        [
            .. entries.GroupBy(e => e.Site.Length > 0 ? e.Site : topSite, StringComparer.Ordinal)
                .OrderBy(g => g.Min(e => e.Kind))
                .ThenBy(g => g.Order(TimelineEntry.Chronological).First(), TimelineEntry.Chronological)
                .Select((g, i) => new TimelineGroup(i, g.Key, [.. g])),
        ];
    }

    private static void WarnOfficeSecondSite(ScrubContext context, string[] named)
    {
        if (context.Encounter.Setting == CareSetting.Office && named.Length > 1)
        {
            var facts = new Facts { { "sites", named.Length }, { "modifier", context.Options.SecondSiteModifier } };
            context.Report(AdministrationRules.AdmSite01, "administrations", facts, severity: FindingSeverity.Warning);
        }
    }
}
