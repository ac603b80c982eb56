using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Codes every drug service of a group other than its initial, in chronological order: sequential and concurrent
/// infusions (ADM-SEQ-01/02, ADM-CONC-01/04/05), pushes (ADM-SEQ-03/04, ADM-PUSH-04, SET-04), injections and pumps.
/// <paramref name="encounter"/> carries what is limited per encounter (one 96368).
/// </summary>
internal sealed class AddOnCoder(ScrubContext context, TimelineGroup group, EncounterCodingState encounter)
{
    private readonly List<TimelineEntry> _infusions = [];
    private readonly Dictionary<string, DateTimeOffset> _lastPush = new(StringComparer.OrdinalIgnoreCase);

    private bool ChemoInitial => group.Initial?.Kind is ServiceKind.ChemotherapyInfusion or ServiceKind.ChemotherapyPump or ServiceKind.ChemotherapyPush;

    public IEnumerable<CodedItem> Code()
    {
        if (group.Initial is { } initial)
        {
            Remember(initial);
        }

        foreach (var entry in group.Entries.Where(e => e != group.Initial && e.Kind != ServiceKind.Hydration))
        {
            var item = entry.Kind switch
            {
                ServiceKind.ChemotherapyInfusion => ChemotherapyInfusion(entry),
                ServiceKind.TherapeuticInfusion => TherapeuticInfusion(entry),
                ServiceKind.ChemotherapyPush or ServiceKind.TherapeuticPush => Push(entry),
                _ => Standalone(entry),
            };
            foreach (var coded in item)
            {
                yield return coded;
            }
        }
    }

    private void Remember(TimelineEntry entry)
    {
        if (entry.IsInfusion)
        {
            _infusions.Add(entry);
        }
        else if (entry.Kind is ServiceKind.ChemotherapyPush or ServiceKind.TherapeuticPush)
        {
            _lastPush[entry.Drugs] = entry.Start;
        }
    }

    private IEnumerable<CodedItem> ChemotherapyInfusion(TimelineEntry entry)
    {
        var partner = ConcurrentPartner(entry, e => e.Category is DrugCategory.Chemotherapy or DrugCategory.HormonalAntineoplastic);
        _infusions.Add(entry);
        if (partner is not null)
        {
            context.Report(AdministrationRules.AdmConc04, $"{Text.Describe(entry)} ran at the same time as {Text.Describe(partner)} in a separate bag: there is no concurrent chemotherapy code, so no administration code is added for it (its drug line is still billed); review.", entry.Path);
            return [];
        }

        ReportSecondInitial(entry);
        return Sequential(entry, "96417", "96415", [AdministrationRules.AdmSeq01.Id, AdministrationRules.AdmTime04.Id], "Sequential infusion of a different chemotherapy drug");
    }

    private IEnumerable<CodedItem> TherapeuticInfusion(TimelineEntry entry)
    {
        var partner = ConcurrentPartner(entry, _ => true);
        _infusions.Add(entry);
        var after = ChemoInitial ? [AdministrationRules.AdmInit06.Id] : Array.Empty<string>();
        if (partner is null)
        {
            ReportSecondInitial(entry);
            return Sequential(entry, "96367", "96366", [AdministrationRules.AdmSeq02.Id, AdministrationRules.AdmTime04.Id, .. after], "Sequential infusion of a different therapeutic drug");
        }

        var overlap = Overlaps.Minutes(entry, partner);
        if (encounter.ConcurrentCoded)
        {
            context.Report(AdministrationRules.AdmConc02, FindingSeverity.Info, $"{Text.Describe(entry)} also ran concurrently ({overlap} min with {partner.Drugs}), but 96368 is reported once per encounter: no further code.", entry.Path);
            return [];
        }

        encounter.ConcurrentCoded = true;
        var withChemo = partner.Category == DrugCategory.Chemotherapy ? [AdministrationRules.AdmConc05.Id] : Array.Empty<string>();
        return [new CodedItem("96368", 1, [entry], [AdministrationRules.AdmConc01.Id, .. withChemo, .. after], "Concurrent infusion, once per encounter",
            $"{Text.Describe(entry)} overlapped {partner.Drugs} by {overlap} min (at least {context.Options.ConcurrentOverlapMinimumMinutes})", AdministrationCodes.Order("96368")) { Minutes = entry.Minutes }];
    }

    private static IEnumerable<CodedItem> Sequential(TimelineEntry entry, string code, string hourCode, string[] rules, string why)
    {
        var minutes = entry.Minutes ?? 0;
        yield return new CodedItem(code, 1, [entry], rules, why, Text.Describe(entry), AdministrationCodes.Order(code)) { Minutes = minutes };
        if (TimeUnits.AdditionalHours(minutes) > 0)
        {
            yield return new CodedItem(hourCode, TimeUnits.AdditionalHours(minutes), [entry], [AdministrationRules.AdmTime04.Id],
                "Additional hours (an hour counts once more than 30 minutes of it have run)", $"{Text.Describe(entry)}: {TimeUnits.AdditionalHoursText(minutes)}", AdministrationCodes.Order(code) + 1) { Minutes = minutes };
        }
    }

    private IEnumerable<CodedItem> Push(TimelineEntry entry)
    {
        var chemo = entry.Kind == ServiceKind.ChemotherapyPush;
        if (_infusions.FirstOrDefault(i => SameDrug(i, entry) && entry.Start >= i.Start && entry.Start <= i.End) is { } running)
        {
            context.Report(AdministrationRules.AdmPush03, $"{Text.Describe(entry)} was pushed while {Text.Describe(running)} was infusing: part of that infusion, no separate push code.", entry.Path);
            return [];
        }

        if (_lastPush.TryGetValue(entry.Drugs, out var last))
        {
            return chemo ? RepeatedChemoPush(entry) : RepeatedPush(entry, TimeUnits.Between(last, entry.Start));
        }

        _lastPush[entry.Drugs] = entry.Start;
        ReportSecondInitial(entry);
        return chemo
            ? [new CodedItem("96411", 1, [entry], [AdministrationRules.AdmSeq04.Id, AdministrationRules.AdmInit05.Id], "Additional chemotherapy push of a different drug", Text.Describe(entry), AdministrationCodes.Order("96411")) { Minutes = entry.Minutes }]
            : [new CodedItem("96375", 1, [entry], [AdministrationRules.AdmSeq03.Id, .. ChemoInitial ? [AdministrationRules.AdmInit06.Id] : Array.Empty<string>()], "Additional sequential push of a different drug", Text.Describe(entry), AdministrationCodes.Order("96375")) { Minutes = entry.Minutes }];
    }

    private IEnumerable<CodedItem> RepeatedChemoPush(TimelineEntry entry)
    {
        context.Report(AdministrationRules.AdmSeq04, $"{Text.Describe(entry)} repeats a push of the same chemotherapy drug: 96411 is for each additional different drug, so no code.", entry.Path);
        return [];
    }

    private IEnumerable<CodedItem> RepeatedPush(TimelineEntry entry, int gap)
    {
        if (gap <= AdministrationCodes.RepeatPushGapMinutes)
        {
            context.Report(AdministrationRules.AdmPush04, $"{Text.Describe(entry)} repeats a push of the same drug {gap} min after the last reported one: 30 minutes or less is not reportable.", entry.Path);
            return [];
        }

        if (context.Encounter.Setting == CareSetting.Office)
        {
            context.Report(SettingRules.Set04, FindingSeverity.Info, $"{Text.Describe(entry)} repeats a push of the same drug {gap} min later: 96376 is facility-only, so the office bills no code for it.", entry.Path);
            return [];
        }

        _lastPush[entry.Drugs] = entry.Start;
        return [new CodedItem("96376", 1, [entry], [AdministrationRules.AdmPush04.Id], "Sequential push of the same drug more than 30 minutes after its last push (facility only)", $"{Text.Describe(entry)}, {gap} min after the last", AdministrationCodes.Order("96376")) { Minutes = entry.Minutes }];
    }

    private static IEnumerable<CodedItem> Standalone(TimelineEntry entry) => StandaloneCoder.Code(entry);

    private TimelineEntry? ConcurrentPartner(TimelineEntry entry, Func<TimelineEntry, bool> eligible) =>
        _infusions.Where(i => i.Site == entry.Site && eligible(i))
            .FirstOrDefault(i => Overlaps.Minutes(entry, i) >= context.Options.ConcurrentOverlapMinimumMinutes);

    private void ReportSecondInitial(TimelineEntry entry)
    {
        if (group.Initial is { } initial && initial.Kind == entry.Kind)
        {
            context.Report(AdministrationRules.AdmInit01, FindingSeverity.Info, $"{Text.Describe(entry)} would also be an initial {InitialCoder.Label(entry.Kind)}, but only one initial service is billed per {(context.Encounter.Setting == CareSetting.Office ? "encounter" : "access site")}: coded as an add-on.", entry.Path);
        }
    }

    private static bool SameDrug(TimelineEntry a, TimelineEntry b) => string.Equals(a.Drugs, b.Drugs, StringComparison.OrdinalIgnoreCase);
}
