using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>
/// An encounter for chemotherapy lists Z51.11 first (DX-01), for immunotherapy Z51.12 (DX-02), with the active
/// neoplasm next; Z51.1x without a neoplasm code is an error (DX-04).
/// </summary>
public sealed class DiagnosisSequencingStage : IScrubStage
{
    public string Name => "diagnosis-sequencing";

    public IReadOnlyList<RuleDefinition> Rules { get; } =
        [DiagnosisRules.Chemo01, DiagnosisRules.Immuno02, DiagnosisRules.NoNeoplasm04];

    public void Apply(ScrubContext context)
    {
        var z51 = context.Administrations
            .Where(a => a.Category == DrugCategory.Chemotherapy)
            .Select(a => a.Drug?.Z51 ?? "Z51.11")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var diagnoses = context.Diagnoses;
        if (z51.Length == 0)
        {
            return;
        }

        var neoplasms = diagnoses.Where(IsNeoplasm).ToArray();
        var others = diagnoses.Where(d => !IsNeoplasm(d) && !z51.Contains(d)).ToArray();
        diagnoses.Clear();
        diagnoses.AddRange([.. z51, .. neoplasms, .. others]);
        foreach (var code in z51)
        {
            var rule = code == "Z51.12" ? DiagnosisRules.Immuno02 : DiagnosisRules.Chemo01;
            context.Report(rule, $"{code} is listed first for this {(code == "Z51.12" ? "immunotherapy" : "chemotherapy")} encounter, with the malignancy treated next.", "diagnoses");
        }

        if (neoplasms.Length == 0)
        {
            context.Report(DiagnosisRules.NoNeoplasm04, $"{string.Join(" and ", z51)} needs the active neoplasm (C00–D49) on the claim; none was sent.", "diagnoses");
        }
    }

    private static bool IsNeoplasm(string code) =>
        code.Length >= 3 && (code[0] == 'C' || (code[0] == 'D' && code[1] is >= '0' and <= '4'));
}
