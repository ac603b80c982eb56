using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Writes the administration lines of every group: the initial service and its hours, the add-ons with their time
/// units by the midpoint rule, injections, pumps and hydration (coding-rules.md §4.3–§4.7). Dropped services are
/// findings that say why.
/// </summary>
public sealed class CodeServicesStage : IScrubStage
{
    public string Name => "code-services";

    public IReadOnlyList<RuleDefinition> Rules { get; } =
    [
        AdministrationRules.Init04, AdministrationRules.Init05, AdministrationRules.Init06, AdministrationRules.Push04,
        AdministrationRules.Time01, AdministrationRules.Time02, AdministrationRules.Time03, AdministrationRules.Time04,
        AdministrationRules.Time05, AdministrationRules.Time06, AdministrationRules.Time07,
        AdministrationRules.Seq01, AdministrationRules.Seq02, AdministrationRules.Seq03, AdministrationRules.Seq04, AdministrationRules.Seq05,
        AdministrationRules.Conc01, AdministrationRules.Conc02, AdministrationRules.Conc03, AdministrationRules.Conc04, AdministrationRules.Conc05,
        AdministrationRules.Hyd03, AdministrationRules.Hyd04, AdministrationRules.Inj01, AdministrationRules.Inj02, AdministrationRules.Inj03,
        AdministrationRules.Pump01, AdministrationRules.Pump02, AdministrationRules.Dos01, SettingRules.Set04, SettingRules.Set08,
    ];

    public void Apply(ScrubContext context)
    {
        var timeline = context.Timeline;
        var drugInfusions = timeline.Entries.Where(e => e.IsInfusion).ToArray();
        var state = new EncounterCodingState();
        foreach (var group in timeline.Groups)
        {
            var items = InitialCoder.Code(group, context.Encounter.Setting)
                .Concat(new AddOnCoder(context, group, state).Code())
                .Concat(HydrationCoder.Code(context, group, drugInfusions))
                .ToArray();
            LineWriter.Write(context, group, items);
        }

        ExplainSettingSpecifics(context, timeline);
        context.Check(RuleFamilies.Administration, CheckStatus.Checked, context.ReferenceData.Drugs.Version.Version);
    }

    private static void ExplainSettingSpecifics(ScrubContext context, AdministrationTimeline timeline)
    {
        var office = context.Encounter.Setting == CareSetting.Office;
        foreach (var entry in timeline.Entries)
        {
            if (entry.Kind == ServiceKind.ChemotherapyPump && office)
            {
                context.Report(AdministrationRules.Pump02, $"{Text.Describe(entry)} was started on a pump: if the office supplied the pump and the patient continues at home, G0498 may describe the whole service instead of 96416; review.", entry.Path);
            }
            else if (entry.Kind == ServiceKind.OnBodyInjector && !office)
            {
                context.Report(SettingRules.Set08, $"{Text.Describe(entry)}: 96377 is reported on the hospital claim but is packaged under OPPS (no separate payment).", entry.Path);
            }
            else if (entry.Members.Any(m => m.Source.Pump) && entry.Kind == ServiceKind.ChemotherapyInfusion)
            {
                context.Report(AdministrationRules.Pump01, $"{Text.Describe(entry)} ran on a pump but not more than 8 hours: coded as an ordinary infusion, not 96416.", entry.Path);
            }
        }
    }
}
