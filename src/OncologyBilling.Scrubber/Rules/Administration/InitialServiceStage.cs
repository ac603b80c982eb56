using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Picks the one initial service of each group (ADM-INIT-01): the highest in the facility hierarchy regardless of
/// start time (ADM-INIT-02; in the office the primary reason, which defaults to the same ranking, ADM-INIT-03 /
/// SET-03), ties broken by earliest start then longest. A group whose best service is hydration while another group
/// has a higher service gets no 96360: its hydration is secondary (NCCI-05). Every initial after the first carries
/// the configured second-site modifier (ADM-SITE-01). A pump initiation is never the initial when a chemotherapy push
/// would then become an add-on without its primary (ADM-INIT-07).
/// </summary>
public sealed class InitialServiceStage : IScrubStage
{
    public string Name => "initial-service";

    public IReadOnlyList<RuleDefinition> Rules { get; } =
    [
        AdministrationRules.AdmInit01, AdministrationRules.AdmInit02, AdministrationRules.AdmInit03, SettingRules.Set03,
        AdministrationRules.AdmSite01, NcciRules.Ncci05, AdministrationRules.AdmInit07,
    ];

    public void Apply(ScrubContext context)
    {
        var groups = context.Timeline.Groups;
        var best = groups.Select(g => g.Entries.Min(e => e.Kind)).DefaultIfEmpty(ServiceKind.Hydration).Min();
        var initials = 0;
        var chosen = new List<TimelineGroup>(groups.Count);
        foreach (var group in groups)
        {
            var initial = ChooseInitial(context, group);
            var demoted = initial.Kind == ServiceKind.Hydration && best != ServiceKind.Hydration;
            string? modifier = null;
            if (!demoted && initials++ > 0)
            {
                modifier = context.Options.DistinctServiceModifier(context.Encounter.Payer.Type);
                var facts = new Facts
                {
                    { "site", group.Site }, { "code", AdministrationCodes.InitialCode(initial.Kind) }, { "modifier", modifier }, { "service", initial },
                    { "separateSiteRequired", group.SeparateSiteRequired },
                };
                context.Report(AdministrationRules.AdmSite01, initial.Path, facts, severity: FindingSeverity.Info);
            }

            chosen.Add(group with { Initial = demoted ? null : initial, InitialModifier = modifier, HydrationIsSecondary = demoted });
        }

        context.Timeline = context.Timeline with { Groups = chosen };
    }

    // By the hierarchy, except ADM-INIT-07: 96416 is not an add-on and 96411 needs 96409/96413 as its primary, so with a
    // chemotherapy push and no chemotherapy infusion the push is the initial (96409) and the pump is reported on its own.
    private static TimelineEntry ChooseInitial(ScrubContext context, TimelineGroup group)
    {
        var ranked = group.Entries.OrderBy(e => e.Kind).ThenBy(e => e, TimelineEntry.Chronological).ToArray();
        if (ranked[0].Kind != ServiceKind.ChemotherapyPump || ranked.FirstOrDefault(e => e.Kind == ServiceKind.ChemotherapyPush) is not { } push)
        {
            return ranked[0];
        }

        context.Report(AdministrationRules.AdmInit07, push.Path, new Facts { { "push", push }, { "pump", ranked[0] } });
        return push;
    }
}
