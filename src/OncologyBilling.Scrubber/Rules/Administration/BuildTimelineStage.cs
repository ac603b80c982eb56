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
        var billable = context.Administrations.Where(a => IsBillable(context, a)).ToList();
        var entries = new List<TimelineEntry>(billable.Count);
        foreach (var infusate in Infusates(billable))
        {
            if (TimelineEntries.Create(context, infusate) is { } entry)
            {
                entries.Add(entry);
            }
        }

        TimelineEntry[] ordered = [.. entries.Order(TimelineEntry.Chronological)];
        context.Timeline = new AdministrationTimeline(ordered, AccessGroups.Create(context, ordered));
    }

    // One infusate per administration, except that the administrations sharing a bag are one; in first-seen order.
    private static List<ClassifiedAdministration[]> Infusates(List<ClassifiedAdministration> billable)
    {
        var infusates = new List<ClassifiedAdministration[]>(billable.Count);
        for (var i = 0; i < billable.Count; i++)
        {
            if (billable[i].Source.Bag is not { } bag)
            {
                infusates.Add([billable[i]]);
            }
            else if (FirstInBag(billable, i, bag.Trim()))
            {
                infusates.Add([.. billable.Where(a => a.Source.Bag?.Trim() == bag.Trim())]);
            }
        }

        return infusates;
    }

    private static bool FirstInBag(List<ClassifiedAdministration> billable, int at, string bag)
    {
        for (var i = 0; i < at; i++)
        {
            if (billable[i].Source.Bag?.Trim() == bag)
            {
                return false;
            }
        }

        return true;
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
