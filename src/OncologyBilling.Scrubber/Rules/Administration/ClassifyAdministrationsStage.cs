using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Finds each administration's drug in the catalog (by HCPCS, else by generic or brand name) and its category
/// (CLS-01/02/03), applies a documented category override (CLS-06) and decides push vs infusion (ADM-PUSH-01/02).
/// An unknown drug gets a warning and no code (CLS-00); a single-dose drug sent without containers gets INP-04.
/// </summary>
public sealed class ClassifyAdministrationsStage : IScrubStage
{
    public string Name => "classify-administrations";

    public IReadOnlyList<RuleDefinition> Rules { get; } =
    [
        ClassificationRules.Cls00, ClassificationRules.Cls01, ClassificationRules.Cls02, ClassificationRules.Cls03,
        ClassificationRules.Cls06,
    ];

    public void Apply(ScrubContext context)
    {
        foreach (var administration in context.Encounter.Administrations)
        {
            var drug = Find(context, administration);
            if (drug is null)
            {
                var facts = new Facts
                {
                    { "sent", administration.Drug.Hcpcs ?? administration.Drug.Name ?? string.Empty }, { "date", context.DateOfService },
                    { "noCategory", administration.Category is null },
                };
                context.Report(ClassificationRules.Cls00, $"{administration.Path}.drug", facts);
            }
            else if (administration.Category is { } documented && documented != drug.Category)
            {
                var facts = new Facts { { "drug", drug.Generic }, { "documented", documented }, { "catalog", drug.Category } };
                context.Report(ClassificationRules.Cls06, $"{administration.Path}.category", facts);
            }

            var category = administration.Category ?? drug?.Category;
            context.Administrations.Add(new ClassifiedAdministration(administration, drug, category, TechniqueOf(administration)));
        }

        context.Check(RuleFamilies.Classification, CheckStatus.Checked, context.ReferenceData.Drugs.Version.Version);
    }

    private static DrugRow? Find(ScrubContext context, Model.Administration administration)
    {
        var catalog = context.ReferenceData.Drugs;
        var byCode = administration.Drug.Hcpcs is { } code ? catalog.FindByCode(code, context.DateOfService) : null;
        return byCode ?? (administration.Drug.Name is { } name ? catalog.FindByName(name, context.DateOfService) : null);
    }

    private static Technique TechniqueOf(Model.Administration administration) => administration.Route switch
    {
        AdministrationRoute.IvPush => Technique.Push,
        AdministrationRoute.IvInfusion => administration.Minutes is { } t && t <= AdministrationCodes.MaxPushMinutes ? Technique.Push : Technique.Infusion,
        AdministrationRoute.OnBodyInjector => Technique.OnBodyInjector,
        _ => Technique.Injection,
    };
}
