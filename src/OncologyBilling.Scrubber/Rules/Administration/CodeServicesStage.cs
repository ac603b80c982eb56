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
        AdministrationRules.AdmInit01, AdministrationRules.AdmInit02, AdministrationRules.AdmInit03, AdministrationRules.AdmPush01,
        AdministrationRules.AdmPush02, AdministrationRules.AdmPush03, AdministrationRules.AdmSite01, ClassificationRules.Cls07, ClassificationRules.Cls08,
        ClassificationRules.Cls09, ClassificationRules.Cls01, ClassificationRules.Cls02, ClassificationRules.Cls03, SettingRules.Set03, NcciRules.Ncci05, AdministrationRules.AdmInit04, AdministrationRules.AdmInit05, AdministrationRules.AdmInit06, AdministrationRules.AdmPush04,
        AdministrationRules.AdmTime01, AdministrationRules.AdmTime02, AdministrationRules.AdmTime03, AdministrationRules.AdmTime04,
        AdministrationRules.AdmTime05, AdministrationRules.AdmTime06, AdministrationRules.AdmTime07,
        AdministrationRules.AdmSeq01, AdministrationRules.AdmSeq02, AdministrationRules.AdmSeq03, AdministrationRules.AdmSeq04, AdministrationRules.AdmSeq05,
        AdministrationRules.AdmConc01, AdministrationRules.AdmConc02, AdministrationRules.AdmConc03, AdministrationRules.AdmConc04, AdministrationRules.AdmConc05,
        AdministrationRules.AdmHyd03, AdministrationRules.AdmHyd04, AdministrationRules.AdmInj01, AdministrationRules.AdmInj02, AdministrationRules.AdmInj03,
        AdministrationRules.AdmPump01, AdministrationRules.AdmPump02, AdministrationRules.AdmDos01, SettingRules.Set04, SettingRules.Set08,
    ];

    public void Apply(ScrubContext context)
    {
        var timeline = context.Timeline;
        var drugInfusions = timeline.Entries.Where(e => e.IsInfusion).ToArray();
        var state = new EncounterCodingState();
        foreach (var group in timeline.Groups)
        {
            // Hydration is decided (and its findings reported) before the add-ons, as it always was; lines keep claim order.
            var hydration = HydrationCoder.Code(context, group, drugInfusions);
            var addOns = new AddOnCoder(context, group, state).Code();
            LineWriter.Write(context, group, [.. InitialCoder.Code(group, context.Encounter.Setting), .. addOns, .. hydration]);
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
                context.Report(AdministrationRules.AdmPump02, entry.Path, Service(entry));
            }
            else if (entry.Kind == ServiceKind.OnBodyInjector && !office)
            {
                context.Report(SettingRules.Set08, entry.Path, Service(entry));
            }
            else if (entry.Members.Any(m => m.Source.Pump) && entry.Kind == ServiceKind.ChemotherapyInfusion)
            {
                context.Report(AdministrationRules.AdmPump01, entry.Path, Service(entry));
            }
        }
    }

    private static Facts Service(TimelineEntry entry) => new() { { "service", entry } };
}
