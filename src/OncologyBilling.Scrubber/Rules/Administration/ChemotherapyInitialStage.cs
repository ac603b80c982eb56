using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// The initial chemotherapy service (ADM-INIT-02): the longest chemotherapy infusion gets 96413 plus 96415 by the
/// midpoint rule (ADM-TIME-01/02); with no infusion, the first chemotherapy push gets 96409 (ADM-PUSH-01).
/// </summary>
public sealed class ChemotherapyInitialStage : IScrubStage
{
    public string Name => "chemotherapy-initial";

    public IReadOnlyList<RuleDefinition> Rules { get; } =
        [AdministrationRules.Init02, AdministrationRules.Time01, AdministrationRules.Time02];

    public void Apply(ScrubContext context)
    {
        var chemo = context.Administrations.Where(a => a.Category == DrugCategory.Chemotherapy).ToArray();
        var infusion = chemo.Where(a => a.Technique == Technique.Infusion).OrderByDescending(a => a.Source.Minutes).ThenBy(a => a.Source.Start).FirstOrDefault();
        if (infusion is not null)
        {
            AddInfusion(context, infusion, infusion.Source.Minutes ?? 0);
            return;
        }

        var push = chemo.Where(a => a.Technique == Technique.Push).MinBy(a => a.Source.Start);
        if (push is not null)
        {
            context.Lines.Add(new ClaimLine
            {
                Kind = LineKind.Administration, Code = "96409", Units = 1, Category = DrugCategory.Chemotherapy,
                Minutes = push.Source.Minutes, AdministrationIds = [push.Source.Reference], AdministrationIndexes = [push.Source.Index],
                RuleIds = [AdministrationRules.Push01.Id, AdministrationRules.Init02.Id],
                Explanation = $"Initial chemotherapy push: {push.DrugName} at {push.Source.Start:HH:mm}{MinutesText(push.Source.Minutes)}; 15 minutes or less is a push.",
            });
        }
    }

    private static void AddInfusion(ScrubContext context, ClassifiedAdministration infusion, int minutes)
    {
        var source = infusion.Source;
        context.Lines.Add(new ClaimLine
        {
            Kind = LineKind.Administration, Code = "96413", Units = 1, Category = DrugCategory.Chemotherapy, Minutes = minutes,
            AdministrationIds = [source.Reference], AdministrationIndexes = [source.Index],
            RuleIds = [AdministrationRules.Init02.Id, AdministrationRules.Time01.Id],
            Explanation = $"Initial chemotherapy infusion: {infusion.DrugName} {source.Start:HH:mm}–{source.End:HH:mm} ({minutes} min), highest in the hierarchy; covers the first hour (up to 90 minutes).",
        });

        var hours = Math.Max(0, (minutes - 31) / 60);
        if (hours > 0)
        {
            context.Lines.Add(new ClaimLine
            {
                Kind = LineKind.Administration, Code = "96415", Units = hours, Category = DrugCategory.Chemotherapy, Minutes = minutes, SortKey = 1,
                AdministrationIds = [source.Reference], AdministrationIndexes = [source.Index],
                RuleIds = [AdministrationRules.Time02.Id],
                Explanation = $"Additional hours of the {infusion.DrugName} infusion: floor(({minutes} − 31) / 60) = {hours}; an hour counts once more than 30 minutes of it have run.",
            });
        }
    }

    private static string MinutesText(int? minutes) => minutes is { } m ? $" ({m} min)" : string.Empty;
}
