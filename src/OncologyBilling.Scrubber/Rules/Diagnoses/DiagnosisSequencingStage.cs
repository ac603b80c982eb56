using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>
/// Orders the diagnoses: Z51.11 (chemotherapy, DX-01), Z51.12 (immunotherapy, DX-02) or both (DX-03) first when an antineoplastic
/// treats a neoplasm, the active neoplasm next; no Z51 for a non-neoplastic indication (DX-07). Hormonal-only encounters list the
/// malignancy first (DX-06); supportive-only encounters drop Z51.1x (DX-10). Z51.1x without a neoplasm is an error (DX-04);
/// Z85 history is checked by <see cref="HistoryCodeRules"/>. Then the reason for the encounter (<see cref="EncounterReasons"/>,
/// DX-22) orders by the ICD-10-CM Official Guidelines FY2026 (<see cref="GuidelineSequencing"/>) and the conventions that
/// always hold run last (<see cref="SequencingConventions"/>: DX-14, DX-18, DX-19).
/// </summary>
public sealed class DiagnosisSequencingStage : IScrubStage
{
    public string Name => "diagnosis-sequencing";

    public IReadOnlyList<RuleDefinition> Rules { get; } =
    [
        DiagnosisRules.Dx01, DiagnosisRules.Dx02, DiagnosisRules.Dx03, DiagnosisRules.Dx04, DiagnosisRules.Dx05,
        DiagnosisRules.Dx06, DiagnosisRules.Dx07, DiagnosisRules.Dx08, DiagnosisRules.Dx09, DiagnosisRules.Dx10,
        DiagnosisRules.Dx11, DiagnosisRules.Dx14, DiagnosisRules.Dx15, DiagnosisRules.Dx16,
        DiagnosisRules.Dx17, DiagnosisRules.Dx18, DiagnosisRules.Dx19, DiagnosisRules.Dx20,
        DiagnosisRules.Dx21, DiagnosisRules.Dx22,
    ];

    public void Apply(ScrubContext context)
    {
        var antineoplastic = context.Administrations.Where(IsAntineoplastic).ToArray();
        var nonNeoplastic = NonNeoplasticAntineoplastic.TryApply(context, antineoplastic);
        if (!nonNeoplastic)
        {
            ApplyZ51(context, antineoplastic);
        }

        if (context.Diagnoses.Any(IcdCodes.IsZ51Treatment) && !context.Diagnoses.Any(IcdCodes.IsNeoplasm))
        {
            context.Report(DiagnosisRules.Dx04, "diagnoses", new Facts { { "codes", context.Diagnoses.Where(IcdCodes.IsZ51Treatment).ToArray() } });
        }

        HistoryCodeRules.Apply(context, antineoplastic.Length > 0);
        var forNeoplasm = antineoplastic.Length > 0 && !nonNeoplastic && context.Diagnoses.Any(IcdCodes.IsNeoplasm);
        GuidelineSequencing.Apply(context, EncounterReasons.Resolve(context, forNeoplasm));
        SequencingConventions.Apply(context);
    }

    private static void ApplyZ51(ScrubContext context, ClassifiedAdministration[] antineoplastic)
    {
        var cytotoxic = antineoplastic.Where(a => a.Category == DrugCategory.Chemotherapy).ToArray();
        if (cytotoxic.Length > 0)
        {
            PutZ51First(context, cytotoxic);
        }
        else if (antineoplastic.Length > 0)
        {
            Reorder(context.Diagnoses, []);
            context.Report(DiagnosisRules.Dx06, "diagnoses", new Facts { { "drugs", antineoplastic.Select(a => a.DrugName).Distinct().ToArray() } });
        }
        else if (context.Administrations.Count > 0 && context.Diagnoses.RemoveAll(IcdCodes.IsZ51Treatment) > 0)
        {
            context.Report(DiagnosisRules.Dx10, "diagnoses", Facts.None);
        }
    }

    public static bool IsAntineoplastic(ClassifiedAdministration a) => a.Category is DrugCategory.Chemotherapy or DrugCategory.HormonalAntineoplastic;

    private static void PutZ51First(ScrubContext context, ClassifiedAdministration[] cytotoxic)
    {
        var z51 = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var a in cytotoxic)
        {
            if (a.Drug?.Z51 is { } known)
            {
                z51.Add(known);
                continue;
            }

            var fallback = context.Options.Diagnoses.UnconfirmedAntineoplasticZ51;
            z51.Add(fallback);
            context.Report(DiagnosisRules.Dx05, $"{a.Source.Path}.drug", new Facts { { "drug", a.DrugName }, { "z51", fallback } });
        }

        Reorder(context.Diagnoses, [.. z51]);
        var rule = z51.Count > 1 ? DiagnosisRules.Dx03 : z51.Contains(IcdCodes.Immunotherapy) ? DiagnosisRules.Dx02 : DiagnosisRules.Dx01;
        context.Report(rule, "diagnoses", new Facts { { "z51", z51.ToArray() } });
    }

    private static void Reorder(List<string> diagnoses, string[] first)
    {
        var neoplasms = diagnoses.Where(IcdCodes.IsNeoplasm).ToArray();
        var others = diagnoses.Where(d => !IcdCodes.IsNeoplasm(d) && !first.Contains(d)).ToArray();
        diagnoses.Clear();
        diagnoses.AddRange([.. first, .. neoplasms, .. others]);
    }
}
