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
    public static IEnumerable<CodedItem> Code(ScrubContext context, TimelineGroup group, IReadOnlyList<TimelineEntry> drugInfusions)
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
            return [.. CodeTogether(context, group, segments, asInitial)];
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
            var drugs = string.Join(", ", drugInfusions.Where(d => Overlaps.Minutes(hydration, d) > 0).Select(d => d.Drugs).Distinct());
            var how = covered >= minutes ? "entirely" : $"for {covered} of its {minutes} min";
            context.Report(AdministrationRules.AdmConc03, $"Hydration {Text.Describe(hydration)} ran {how} during the {drugs} infusion: hydration concurrent with a drug infusion is not reportable for those minutes.", hydration.Path);
        }

        return minutes - covered;
    }

    private static CodedItem[] CodeTogether(ScrubContext context, TimelineGroup group, HydrationSegment[] segments, bool asInitial)
    {
        var total = segments.Sum(s => s.Minutes);
        var entries = segments.Select(s => s.Entry).ToArray();
        var sum = string.Join(" + ", segments.Select(s => $"{s.Entry.Drugs} {Text.Times(s.Entry)} ({s.Minutes} min)")) + (segments.Length > 1 ? $" = {total} min" : string.Empty);
        var units = asInitial ? (total >= 31 ? 1 : 0) : TimeUnits.SecondaryHydrationUnits(total);
        if (units == 0)
        {
            var rule = asInitial ? AdministrationRules.AdmTime05 : AdministrationRules.AdmTime06;
            context.Report(rule, $"Hydration {sum}: 30 minutes or less of non-concurrent hydration is not reportable.", segments[0].Entry.Path);
            return [];
        }

        WarnIfShortSegmentSummed(context, segments, total);
        return asInitial ? Initial(context, group, entries, total, sum) : [Secondary(context, group, entries, total, sum)];
    }

    private static CodedItem[] Initial(ScrubContext context, TimelineGroup group, TimelineEntry[] entries, int total, string sum)
    {
        var selection = context.Encounter.Setting == CareSetting.HospitalOutpatient ? AdministrationRules.AdmInit02.Id : AdministrationRules.AdmInit03.Id;
        List<string> rules = [AdministrationRules.AdmInit01.Id, selection, AdministrationRules.AdmHyd04.Id, AdministrationRules.AdmTime05.Id];
        if (group.InitialModifier is not null)
        {
            rules.Add(AdministrationRules.AdmSite01.Id);
        }

        var initial = new CodedItem("96360", 1, entries, rules, InitialCoder.Why(ServiceKind.Hydration, context.Encounter.Setting) + " (31 minutes to 1 hour)", sum, 0) { Minutes = total, Modifier = group.InitialModifier, Category = DrugCategory.Hydration };
        var hours = TimeUnits.AdditionalHours(total);
        return hours == 0 ? [initial] :
        [
            initial,
            new CodedItem("96361", hours, entries, [AdministrationRules.AdmTime05.Id], "Additional hydration hours", $"{sum}: {TimeUnits.AdditionalHoursText(total)}", 1) { Minutes = total, Category = DrugCategory.Hydration },
        ];
    }

    private static CodedItem Secondary(ScrubContext context, TimelineGroup group, TimelineEntry[] entries, int total, string sum)
    {
        var initialCode = group.Initial is { Kind: not ServiceKind.Hydration } initial ? AdministrationCodes.InitialCode(initial.Kind) : "a higher service on another access site";
        context.Report(NcciRules.Ncci05, FindingSeverity.Info, $"Hydration is coded 96361, never 96360, because {initialCode} is the initial service (hierarchy, ADM-INIT-04).", entries[0].Path);
        return new CodedItem("96361", TimeUnits.SecondaryHydrationUnits(total), entries,
            [AdministrationRules.AdmSeq05.Id, AdministrationRules.AdmTime06.Id, AdministrationRules.AdmHyd03.Id, AdministrationRules.AdmInit04.Id, NcciRules.Ncci05.Id],
            "Hydration after a different initial service", $"{sum}: {TimeUnits.SecondaryHydrationText(total)}", AdministrationCodes.Order("96361")) { Minutes = total, Category = DrugCategory.Hydration };
    }

    private static void WarnIfShortSegmentSummed(ScrubContext context, HydrationSegment[] segments, int total)
    {
        if (segments.Length > 1 && segments.Any(s => s.Minutes < 31))
        {
            context.Report(AdministrationRules.AdmTime07, $"Hydration segments were added up to {total} min although one is under 31 minutes ({string.Join(", ", segments.Select(s => $"{s.Minutes} min"))}); some payers reject summing (setting hydrationSumSegments).", segments[0].Entry.Path);
        }
    }

    private sealed record HydrationSegment(TimelineEntry Entry, int Minutes);
}
