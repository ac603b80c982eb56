using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>
/// Points every line at the claim's first diagnoses, at most four (DX-13). Antineoplastic lines must point to the malignancy
/// (DX-12): when it is not among the first four, it takes the last pointer; with no malignancy on the claim, a warning.
/// </summary>
public sealed class DiagnosisPointerStage : IScrubStage
{
    private const int MaxPointersPerLine = 4;

    public string Name => "diagnosis-pointers";

    public IReadOnlyList<RuleDefinition> Rules { get; } = [DiagnosisRules.Dx12, DiagnosisRules.Dx13];

    public void Apply(ScrubContext context)
    {
        var first = Enumerable.Range(1, Math.Min(MaxPointersPerLine, context.Diagnoses.Count)).ToArray();
        var neoplasm = context.Diagnoses.FindIndex(IcdCodes.IsNeoplasm) + 1;
        // DX-07: an antineoplastic for a non-neoplastic condition points to that condition; there is no malignancy to miss.
        var warned = context.Findings.Any(f => f.Finding.RuleId == DiagnosisRules.Dx07.Id);
        foreach (var line in context.Lines)
        {
            var pointers = first.ToList();
            if (line.Category is DrugCategory.Chemotherapy or DrugCategory.HormonalAntineoplastic && line.Kind != LineKind.Service)
            {
                if (neoplasm == 0 && !warned)
                {
                    context.Report(DiagnosisRules.Dx12, "diagnoses", Facts.None);
                    warned = true;
                }
                else if (neoplasm > MaxPointersPerLine)
                {
                    pointers[^1] = neoplasm;
                }
            }

            line.DiagnosisPointers.Clear();
            line.DiagnosisPointers.AddRange(pointers);
            if (context.Diagnoses.Count > MaxPointersPerLine)
            {
                line.Stamp(DiagnosisRules.Dx13);
            }
        }
    }
}
