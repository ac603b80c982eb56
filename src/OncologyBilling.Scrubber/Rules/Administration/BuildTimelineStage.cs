using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Builds the encounter timeline: drops what cannot be coded (unknown drug, no stop time, stop before start,
/// unsupported route), merges administrations sharing a bag into one infusate (ADM-PUSH-03, CLS-04), measures
/// minutes (stop − start), decides the service of each infusate and groups them per access site (ADM-INIT-01).
/// </summary>
public sealed class BuildTimelineStage : IScrubStage
{
    public string Name => "build-timeline";

    public IReadOnlyList<RuleDefinition> Rules { get; } =
    [
        InputRules.Inp01, InputRules.Inp02, InputRules.Inp03, AdministrationRules.AdmPush01, AdministrationRules.AdmPush02,
        AdministrationRules.AdmPush03, ClassificationRules.Cls04, ClassificationRules.Cls07,
        ClassificationRules.Cls08, ClassificationRules.Cls09, ClassificationRules.Cls10,
        AdministrationRules.AdmSite01,
    ];

    public void Apply(ScrubContext context)
    {
        var billable = context.Administrations.Where(a => IsBillable(context, a)).ToArray();
        var entries = billable
            .GroupBy(a => a.Source.Bag is { } bag ? "bag:" + bag.Trim() : "administration:" + a.Source.Index, StringComparer.Ordinal)
            .Select(g => TimelineEntries.Create(context, [.. g]))
            .OfType<TimelineEntry>()
            .Order(TimelineEntry.Chronological)
            .ToArray();
        context.Timeline = new AdministrationTimeline(entries, AccessGroups.Create(context, entries));
    }

    private static bool IsBillable(ScrubContext context, ClassifiedAdministration administration)
    {
        var source = administration.Source;
        if (administration.Category is null)
        {
            return false; // CLS-00 already said so.
        }

        if (source.End is { } end && end < source.Start)
        {
            context.Report(InputRules.Inp02, $"{source.Path}.end", new Facts { { "drug", administration.DrugName }, { "end", end }, { "start", source.Start } });
            return false;
        }

        if (source.Route == AdministrationRoute.IvInfusion && source.End is null)
        {
            var facts = new Facts
            {
                { "drug", administration.DrugName }, { "start", source.Start }, { "hydration", administration.Category == DrugCategory.Hydration },
            };
            context.Report(InputRules.Inp01, $"{source.Path}.end", facts);
            return false;
        }

        return true;
    }
}
