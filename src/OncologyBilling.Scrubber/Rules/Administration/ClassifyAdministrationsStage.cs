using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.Rules.Drugs;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Finds each administration's drug (<see cref="DrugResolver"/>: the curated catalog, else the official HCPCS drug
/// universe) and its category (CLS-01/02/03), applies a documented category override (CLS-06), requires a category for
/// a drug outside the curated catalog (CLS-12) and decides push vs infusion (ADM-PUSH-01/02). An unresolved drug is an
/// error and gets no code (CLS-00, CLS-11, DRG-CODE-06).
/// </summary>
public sealed class ClassifyAdministrationsStage : IScrubStage
{
    public string Name => "classify-administrations";

    public IReadOnlyList<RuleDefinition> Rules { get; } =
    [
        ClassificationRules.Cls00, ClassificationRules.Cls11, ClassificationRules.Cls12, DrugRules.DrgCode05, DrugRules.DrgCode06,
        ClassificationRules.Cls01, ClassificationRules.Cls02, ClassificationRules.Cls03,
        ClassificationRules.Cls06,
    ];

    public void Apply(ScrubContext context)
    {
        foreach (var administration in context.Encounter.Administrations)
        {
            var drug = DrugResolver.Resolve(context, administration);
            if (drug is { Curated: false } && administration.Category is null)
            {
                context.Report(ClassificationRules.Cls12, $"{administration.Path}.category", new Facts { { "code", drug.Hcpcs }, { "drug", drug.Generic } });
            }
            else if (drug is { Category: { } catalogued } && administration.Category is { } documented && documented != catalogued)
            {
                var facts = new Facts { { "drug", drug.Generic }, { "documented", documented }, { "catalog", catalogued } };
                context.Report(ClassificationRules.Cls06, $"{administration.Path}.category", facts);
            }

            // An unresolved drug keeps a documented category (its administration can still be coded) but never a guessed one.
            var category = administration.Category ?? drug?.Category;
            context.Administrations.Add(new ClassifiedAdministration(administration, drug, category, TechniqueOf(administration)));
        }

        context.Check(RuleFamilies.Classification, CheckStatus.Checked, context.ReferenceData.Drugs.Version.Version);
    }

    private static Technique TechniqueOf(Model.Administration administration) => administration.Route switch
    {
        AdministrationRoute.IvPush => Technique.Push,
        AdministrationRoute.IvInfusion => administration.Minutes is { } t && t <= AdministrationCodes.MaxPushMinutes ? Technique.Push : Technique.Infusion,
        AdministrationRoute.OnBodyInjector => Technique.OnBodyInjector,
        _ => Technique.Injection,
    };
}
