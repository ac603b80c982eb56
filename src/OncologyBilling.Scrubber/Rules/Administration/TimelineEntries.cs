using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>Turns one administration, or the administrations sharing a bag, into one timeline entry.</summary>
internal static class TimelineEntries
{
    public static TimelineEntry? Create(ScrubContext context, ClassifiedAdministration[] members)
    {
        // Most infusates are one administration: nothing to order, and its own values are the infusate's.
        var ordered = members.Length == 1 ? members
            : [.. members.OrderBy(m => m.Source.Start).ThenBy(m => m.DrugName, StringComparer.Ordinal).ThenBy(m => m.Source.Reference, StringComparer.Ordinal)];
        var category = members.Length == 1 ? members[0].Category!.Value : ordered.Select(m => m.Category!.Value).MinBy(AdministrationCodes.Rank);
        var infusion = ordered.Any(m => m.Source.Route == AdministrationRoute.IvInfusion);
        var route = infusion ? AdministrationRoute.IvInfusion : ordered[0].Source.Route;
        var start = members.Length == 1 ? members[0].Source.Start : ordered.Min(m => m.Source.Start);
        DateTimeOffset? end = members.Length == 1 ? members[0].Source.End
            : ordered.All(m => m.Source.End is not null) ? ordered.Max(m => m.Source.End!.Value) : null;
        int? minutes = end is { } stop ? TimeUnits.Between(start, stop) : null;
        var kind = ServiceKinds.Of(category, route, minutes, ordered.Any(m => m.Source.Pump));
        if (kind is null)
        {
            var facts = new Facts { { "drug", ordered[0].DrugName }, { "route", route }, { "category", category } };
            context.Report(ClassificationRules.Cls10, $"{ordered[0].Source.Path}.route", facts);
            return null;
        }

        var entry = new TimelineEntry
        {
            Members = ordered, Category = category, Kind = kind.Value, Start = start, End = end, Minutes = minutes,
            Site = AccessGroups.SiteKey(ordered[0].Source.AccessSite),
        };
        Explain(context, entry, route);
        return entry;
    }

    private static void Explain(ScrubContext context, TimelineEntry entry, AdministrationRoute route)
    {
        if (entry.Members.Count > 1)
        {
            var fluids = entry.Members.Any(m => m.Category == DrugCategory.Hydration) && entry.Category != DrugCategory.Hydration;
            var facts = new Facts { { "drugs", entry.Drugs }, { "bag", entry.Members[0].Source.Bag! } };
            if (fluids)
            {
                facts.Add("category", entry.Category);
            }

            context.Report(fluids ? ClassificationRules.Cls04 : AdministrationRules.AdmPush03, $"{entry.Path}.bag", facts);
        }

        if (route == AdministrationRoute.IvInfusion && entry.Kind is ServiceKind.ChemotherapyPush or ServiceKind.TherapeuticPush)
        {
            context.Report(AdministrationRules.AdmPush01, entry.Path, new Facts { { "drugs", entry.Drugs }, { "minutes", entry.Minutes! }, { "service", entry } });
        }

        if (entry.End is { } end && DateOnly.FromDateTime(end.DateTime) != entry.ServiceDate && entry.Kind != ServiceKind.ChemotherapyPump)
        {
            context.Report(InputRules.Inp03, entry.Path, new Facts { { "drugs", entry.Drugs }, { "times", Wording.Times(entry) }, { "date", entry.ServiceDate } });
        }
    }
}
