using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Hydration of one group: minutes running with any drug infusion are dropped (ADM-CONC-03); the rest is the
/// initial 96360 + 96361 (ADM-TIME-05) or, after a different initial, 96361 (ADM-TIME-06, NCCI-05). Segments are added
/// up when <see cref="ScrubberOptions.HydrationSumSegments"/> (ADM-TIME-07), else coded one by one.
/// </summary>
internal static class HydrationCoder
{
    public static List<CodedItem> Code(ScrubContext context, TimelineGroup group, IReadOnlyList<TimelineEntry> drugInfusions)
    {
        var segments = group.Entries.Where(e => e.Kind == ServiceKind.Hydration)
            .Select(e => new HydrationSegment(e, FreeMinutes(context, e, drugInfusions)))
            .Where(s => s.Minutes > 0)
            .ToArray();
        var asInitial = group.Initial?.Kind == ServiceKind.Hydration;
        if (segments.Length == 0)
        {
            return [];
        }

        if (context.Options.HydrationSumSegments)
        {
            return CodeTogether(context, group, segments, asInitial);
        }

        var initial = asInitial ? segments.FirstOrDefault(s => s.Minutes >= 31) : null;
        return [.. segments.SelectMany(s => CodeTogether(context, group, [s], s == initial))];
    }

    private static int FreeMinutes(ScrubContext context, TimelineEntry hydration, IReadOnlyList<TimelineEntry> drugInfusions)
    {
        var minutes = hydration.Minutes ?? 0;
        var covered = Overlaps.Covered(hydration, drugInfusions);
        if (covered > 0)
        {
            var drugs = drugInfusions.Where(d => Overlaps.Minutes(hydration, d) > 0).Select(d => d.Drugs).Distinct().ToArray();
            context.Report(AdministrationRules.AdmConc03, hydration.Path, new Facts
            {
                { "service", hydration }, { "drugs", drugs }, { "covered", covered }, { "minutes", minutes }, { "entirely", covered >= minutes },
            });
        }

        return minutes - covered;
    }

    private static List<CodedItem> CodeTogether(ScrubContext context, TimelineGroup group, HydrationSegment[] segments, bool asInitial)
    {
        var total = segments.Sum(s => s.Minutes);
        var entries = segments.Select(s => s.Entry).ToArray();
        var units = asInitial ? (total >= 31 ? 1 : 0) : TimeUnits.SecondaryHydrationUnits(total);
        var facts = new Facts { { "segments", segments }, { "minutes", total } };
        if (units == 0)
        {
            context.Report(asInitial ? AdministrationRules.AdmTime05 : AdministrationRules.AdmTime06, segments[0].Entry.Path, facts);
            return [];
        }

        if (segments.Length > 1 && segments.Any(s => s.Minutes < 31))
        {
            context.Report(AdministrationRules.AdmTime07, segments[0].Entry.Path, facts);
        }

        return asInitial ? Initial(context, group, entries, segments, total) : [Secondary(context, group, entries, segments, total)];
    }

    private static List<CodedItem> Initial(ScrubContext context, TimelineGroup group, TimelineEntry[] entries, HydrationSegment[] segments, int total)
    {
        var setting = context.Encounter.Setting;
        var rules = InitialCoder.Rules(group, setting, [AdministrationRules.AdmHyd04, AdministrationRules.AdmTime05]);
        var why = new Facts { { "segments", segments }, { "kind", ServiceKind.Hydration }, { "setting", setting } };
        List<CodedItem> items =
        [
            new(AdministrationCodes.InitialHydration, 1, entries, rules, new Reason(AdministrationRules.AdmHyd04, why), ClaimOrder.Initial)
            {
                Minutes = total, Modifier = group.InitialModifier, Category = DrugCategory.Hydration,
            },
        ];
        var hours = TimeUnits.AdditionalHours(total);
        if (hours > 0)
        {
            var facts = new Facts { { "segments", segments }, { "minutes", total }, { "units", hours } };
            items.Add(new CodedItem(AdministrationCodes.HydrationHours, hours, entries, [AdministrationRules.AdmTime05],
                new Reason(AdministrationRules.AdmTime05, facts), ClaimOrder.InitialHours) { Minutes = total, Category = DrugCategory.Hydration });
        }

        return items;
    }

    private static CodedItem Secondary(ScrubContext context, TimelineGroup group, TimelineEntry[] entries, HydrationSegment[] segments, int total)
    {
        var higher = new Facts();
        if (group.Initial is { Kind: not ServiceKind.Hydration } initial)
        {
            higher.Add("initialCode", AdministrationCodes.InitialCode(initial.Kind));
        }

        context.Report(NcciRules.Ncci05, entries[0].Path, higher, severity: FindingSeverity.Info);
        var units = TimeUnits.SecondaryHydrationUnits(total);
        RuleDefinition[] rules =
        [
            AdministrationRules.AdmSeq05, AdministrationRules.AdmTime06, AdministrationRules.AdmHyd03, AdministrationRules.AdmInit04, NcciRules.Ncci05,
        ];
        var facts = new Facts { { "segments", segments }, { "minutes", total }, { "units", units } };
        return new CodedItem(AdministrationCodes.HydrationHours, units, entries, rules, new Reason(AdministrationRules.AdmTime06, facts),
            ClaimOrder.AddOn(AdministrationCodes.HydrationHours)) { Minutes = total, Category = DrugCategory.Hydration };
    }
}
