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

    public IReadOnlyList<RuleDefinition> Rules { get; } = [DiagnosisRules.HormonalNoNeoplasm23];

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
                context.Report(DiagnosisRules.HormonalNoNeoplasm23, Message(a.DrugName, drug.Hcpcs, replacement?.Hcpcs), a.Source.Path);
            }
        }
    }

    private static string Message(string generic, string hcpcs, string? nonOncology)
    {
        var code = nonOncology is null
            ? $"no non-oncology HCPCS code exists for it, so {hcpcs} stays"
            : nonOncology == hcpcs ? $"{hcpcs} is already its non-oncology code" : $"billed under its non-oncology code {nonOncology} instead of {hcpcs}";
        return $"{generic} was given with no neoplasm on the claim: it is coded as a therapeutic injection (96372), not a hormonal "
            + $"anti-neoplastic injection (96402), with no Z51.11; {code}. If it treats a malignancy, send the neoplasm code.";
    }
}
