using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using static OncologyBilling.Scrubber.Rules.Administration.AdministrationCodes;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Codes every drug service of a group other than its initial, in chronological order: sequential and concurrent
/// infusions (ADM-SEQ-01/02, ADM-CONC-01/04/05), pushes (ADM-SEQ-03/04, ADM-PUSH-04, SET-04), injections and pumps.
/// <paramref name="encounter"/> carries what is limited per encounter (one 96368). <see cref="Code"/> runs once and
/// returns what it decided; the services it drops are reported as it goes.
/// </summary>
internal sealed class AddOnCoder(ScrubContext context, TimelineGroup group, EncounterCodingState encounter)
{
    private readonly List<TimelineEntry> _infusions = [];
    private readonly Dictionary<string, DateTimeOffset> _lastPush = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<CodedItem> _items = [];

    private bool ChemoInitial => group.Initial?.Kind is ServiceKind.ChemotherapyInfusion or ServiceKind.ChemotherapyPump or ServiceKind.ChemotherapyPush;

    public List<CodedItem> Code()
    {
        if (group.Initial is { } initial)
        {
            Remember(initial);
        }

        foreach (var entry in group.Entries)
        {
            if (entry == group.Initial || entry.Kind == ServiceKind.Hydration)
            {
                continue;
            }

            switch (entry.Kind)
            {
                case ServiceKind.ChemotherapyInfusion: ChemotherapyInfusion(entry); break;
                case ServiceKind.TherapeuticInfusion: TherapeuticInfusion(entry); break;
                case ServiceKind.ChemotherapyPush or ServiceKind.TherapeuticPush: Push(entry); break;
                default: _items.Add(StandaloneCoder.Code(entry)); break;
            }
        }

        return _items;
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

    private void ChemotherapyInfusion(TimelineEntry entry)
    {
        var partner = ConcurrentPartner(entry, e => e.Category is DrugCategory.Chemotherapy or DrugCategory.HormonalAntineoplastic);
        _infusions.Add(entry);
        if (partner is not null)
        {
            context.Report(AdministrationRules.AdmConc04, entry.Path, new Facts { { "service", entry }, { "partner", partner } });
            return;
        }

        ReportSecondInitial(entry);
        Sequential(entry, SequentialChemotherapy, ChemotherapyHours, [AdministrationRules.AdmSeq01, AdministrationRules.AdmTime04]);
    }

    private void TherapeuticInfusion(TimelineEntry entry)
    {
        var partner = ConcurrentPartner(entry, _ => true);
        _infusions.Add(entry);
        RuleDefinition[] after = ChemoInitial ? [AdministrationRules.AdmInit06] : [];
        if (partner is null)
        {
            ReportSecondInitial(entry);
            Sequential(entry, SequentialTherapeutic, TherapeuticHours, [AdministrationRules.AdmSeq02, AdministrationRules.AdmTime04, .. after]);
            return;
        }

        var facts = new Facts { { "service", entry }, { "partner", partner.Drugs }, { "overlap", Overlaps.Minutes(entry, partner) } };
        if (encounter.ConcurrentCoded)
        {
            context.Report(AdministrationRules.AdmConc02, entry.Path, facts, severity: FindingSeverity.Info);
            return;
        }

        encounter.ConcurrentCoded = true;
        facts.Add("minimum", context.Options.ConcurrentOverlapMinimumMinutes);
        RuleDefinition[] withChemo = partner.Category == DrugCategory.Chemotherapy ? [AdministrationRules.AdmConc05] : [];
        Add(entry, Concurrent, [AdministrationRules.AdmConc01, .. withChemo, .. after], new Reason(AdministrationRules.AdmConc01, facts));
    }

    private void Sequential(TimelineEntry entry, string code, string hourCode, RuleDefinition[] rules)
    {
        var minutes = entry.Minutes ?? 0;
        _items.Add(new CodedItem(code, 1, [entry], rules, new Reason(rules[0], Service(entry)), ClaimOrder.AddOn(code)) { Minutes = minutes });
        if (TimeUnits.AdditionalHours(minutes) > 0)
        {
            _items.Add(new CodedItem(hourCode, TimeUnits.AdditionalHours(minutes), [entry], [AdministrationRules.AdmTime04],
                new Reason(AdministrationRules.AdmTime04, InitialCoder.HoursFacts(entry, minutes)), ClaimOrder.AddOnHours(code)) { Minutes = minutes });
        }
    }

    private void Push(TimelineEntry entry)
    {
        if (RunningInfusions.SameDrugAt(_infusions, entry) is { } running)
        {
            context.Report(AdministrationRules.AdmPush03, entry.Path, new Facts { { "service", entry }, { "running", running } });
            return;
        }

        if (_lastPush.TryGetValue(entry.Drugs, out var last))
        {
            RepeatedPush(entry, TimeUnits.Between(last, entry.Start));
            return;
        }

        _lastPush[entry.Drugs] = entry.Start;
        ReportSecondInitial(entry);
        if (entry.Kind == ServiceKind.ChemotherapyPush)
        {
            Add(entry, AdditionalChemotherapyPush, [AdministrationRules.AdmSeq04, AdministrationRules.AdmInit05], new Reason(AdministrationRules.AdmSeq04, Service(entry)));
        }
        else
        {
            RuleDefinition[] after = ChemoInitial ? [AdministrationRules.AdmInit06] : [];
            Add(entry, SequentialPush, [AdministrationRules.AdmSeq03, .. after], new Reason(AdministrationRules.AdmSeq03, Service(entry)));
        }
    }

    private void RepeatedPush(TimelineEntry entry, int gap)
    {
        var facts = new Facts { { "service", entry }, { "gap", gap } };
        if (entry.Kind == ServiceKind.ChemotherapyPush)
        {
            context.Report(AdministrationRules.AdmSeq04, entry.Path, Service(entry));
        }
        else if (gap <= RepeatPushGapMinutes)
        {
            context.Report(AdministrationRules.AdmPush04, entry.Path, facts);
        }
        else if (context.Encounter.Setting == CareSetting.Office)
        {
            context.Report(SettingRules.Set04, entry.Path, facts, severity: FindingSeverity.Info);
        }
        else
        {
            _lastPush[entry.Drugs] = entry.Start;
            Add(entry, SamePushAgain, [AdministrationRules.AdmPush04], new Reason(AdministrationRules.AdmPush04, facts));
        }
    }

    private void Add(TimelineEntry entry, string code, RuleDefinition[] rules, Reason reason) =>
        _items.Add(new CodedItem(code, 1, [entry], rules, reason, ClaimOrder.AddOn(code)) { Minutes = entry.Minutes });

    private TimelineEntry? ConcurrentPartner(TimelineEntry entry, Func<TimelineEntry, bool> eligible) =>
        RunningInfusions.Partner(_infusions, entry, eligible, context.Options.ConcurrentOverlapMinimumMinutes);

    private void ReportSecondInitial(TimelineEntry entry)
    {
        if (group.Initial is { } initial && initial.Kind == entry.Kind)
        {
            context.Report(AdministrationRules.AdmInit01, entry.Path,
                new Facts { { "service", entry }, { "kind", entry.Kind }, { "setting", context.Encounter.Setting } }, severity: FindingSeverity.Info);
        }
    }

    private static Facts Service(TimelineEntry entry) => new() { { "service", entry } };
}
