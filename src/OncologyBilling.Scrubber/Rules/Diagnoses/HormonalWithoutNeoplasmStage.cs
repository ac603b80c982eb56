using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>
/// A hormonal antineoplastic given with no neoplasm (and no Z85 history) on the claim treats no cancer: it is an ordinary
/// therapeutic injection (96372, not 96402) billed under the drug's non-oncology HCPCS code where one exists (leuprolide
/// J9217 → J1950), with an info finding (DX-23; coding-rules.md DX-06, DX-07). Runs right after classification so that
/// every later stage codes the administration as therapeutic. A category the request documented is left alone.
/// </summary>
public sealed class HormonalWithoutNeoplasmStage : IScrubStage
{
    public string Name => "hormonal-without-neoplasm";

    public IReadOnlyList<RuleDefinition> Rules { get; } = [DiagnosisRules.Dx23];

    public void Apply(ScrubContext context)
    {
        var diagnoses = context.Encounter.Diagnoses;
        if (diagnoses.Any(IcdCodes.IsNeoplasm) || diagnoses.Any(IcdCodes.IsHistory) || context.Encounter.Reason == EncounterReason.AntineoplasticTreatment)
        {
            return;
        }

        for (var i = 0; i < context.Administrations.Count; i++)
        {
            var a = context.Administrations[i];
            if (a.Category == DrugCategory.HormonalAntineoplastic && a.Source.Category is null && a.Drug is { } drug)
            {
                var code = context.ReferenceData.Sequencing.NonOncology(drug.Hcpcs)?.NonOncologyHcpcs;
                var replacement = code is null ? null : context.ReferenceData.Drugs.FindByCode(code, context.DateOfService);
                context.Administrations[i] = a with { Category = DrugCategory.Therapeutic, Drug = replacement ?? drug };
                var facts = new Facts { { "drug", a.DrugName }, { "hcpcs", drug.Hcpcs } };
                if (replacement is not null)
                {
                    facts.Add("nonOncology", replacement.Hcpcs);
                }

                context.Report(DiagnosisRules.Dx23, a.Source.Path, facts);
            }
        }
    }
}
