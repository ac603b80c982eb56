using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Groups the timeline for the initial service (ADM-INIT-01, ADM-SITE-01): one group per access site in the hospital
/// (R1702CP); one group per encounter in the office, except that a site where an administration says the protocol
/// required a separate IV site (<see cref="Model.Administration.SeparateSiteRequired"/>) is its own group, with its own
/// initial and add-ons (RAC 0071 [S1b]: a second initial only when protocol requires two separate IV sites);
/// <see cref="ScrubberOptions.OfficeSecondSiteInitial"/> takes every documented site as that necessity.
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

        var named = NamedSites(entries);
        var top = TopRanked(entries);
        var office = context.Encounter.Setting == CareSetting.Office;
        var separate = office && !context.Options.OfficeSecondSiteInitial ? SeparateSites(entries) : null;
        var perSite = !office || context.Options.OfficeSecondSiteInitial || separate is { Count: > 0 };
        if (!perSite || named.Length <= 1)
        {
            WarnOfficeSecondSite(context, named, separate);
            return [new TimelineGroup(0, top.Site, entries)];
        }

        return PerSite(entries, named, top, separate);
    }

    // One group per site (the separate sites' own, the rest with the main site), ranked by their services.
    private static TimelineGroup[] PerSite(IReadOnlyList<TimelineEntry> entries, string[] named, TimelineEntry top, HashSet<string>? separate)
    {
        var topSite = top.Site.Length > 0 ? top.Site : named.Order(StringComparer.Ordinal).First();
        var main = separate is null || !separate.Contains(topSite) ? topSite : named.Where(s => !separate.Contains(s)).Order(StringComparer.Ordinal).FirstOrDefault() ?? topSite;
        string KeyOf(TimelineEntry e) => e.Site.Length == 0 ? topSite : separate is null || separate.Contains(e.Site) ? e.Site : main;
        return
        [
            .. entries.GroupBy(KeyOf, StringComparer.Ordinal)
                .OrderBy(g => g.Min(e => e.Kind))
                .ThenBy(g => g.Order(TimelineEntry.Chronological).First(), TimelineEntry.Chronological)
                .Select((g, i) => new TimelineGroup(i, g.Key, [.. g]) { SeparateSiteRequired = separate?.Contains(g.Key) == true }),
        ];
    }

    // The documented sites, once each, in timeline order.
    private static string[] NamedSites(IReadOnlyList<TimelineEntry> entries)
    {
        List<string>? named = null;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Site is { Length: > 0 } site && !(named ??= []).Contains(site))
            {
                named.Add(site);
            }
        }

        return named is null ? [] : [.. named];
    }

    // The lowest service kind, then the chronologically first; the first such entry on a tie (a stable sort's first).
    private static TimelineEntry TopRanked(IReadOnlyList<TimelineEntry> entries)
    {
        var top = entries[0];
        for (var i = 1; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Kind < top.Kind || (e.Kind == top.Kind && TimelineEntry.Chronological.Compare(e, top) < 0))
            {
                top = e;
            }
        }

        return top;
    }

    // Office: the sites of administrations whose protocol required a separate IV site; null when there are none.
    private static HashSet<string>? SeparateSites(IReadOnlyList<TimelineEntry> entries)
    {
        HashSet<string>? sites = null;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Site.Length > 0 && entries[i].Members.Any(m => m.Source.SeparateSiteRequired))
            {
                (sites ??= []).Add(entries[i].Site);
            }
        }

        return sites;
    }

    private static void WarnOfficeSecondSite(ScrubContext context, string[] named, HashSet<string>? separate)
    {
        if (context.Encounter.Setting != CareSetting.Office)
        {
            return;
        }

        if (separate is { Count: > 0 })
        {
            context.Report(AdministrationRules.AdmSite01, "administrations", new Facts { { "sameSite", true } }, severity: FindingSeverity.Warning);
        }
        else if (named.Length > 1)
        {
            var facts = new Facts { { "sites", named.Length }, { "modifier", context.Options.DistinctServiceModifier(context.Encounter.Payer.Type) } };
            context.Report(AdministrationRules.AdmSite01, "administrations", facts, severity: FindingSeverity.Warning);
        }
    }
}
