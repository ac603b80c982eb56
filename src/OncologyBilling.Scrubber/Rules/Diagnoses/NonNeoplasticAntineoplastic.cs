using OncologyBilling.ReferenceData.Sequencing;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>
/// Z51.11/Z51.12 only when the antineoplastic treats a neoplasm (coding-rules.md DX-07; Z51.1 Excludes2: chemotherapy for a
/// nonneoplastic condition is coded to the condition). A chemotherapy drug given with a condition code and no neoplasm, no
/// Z85 history and no Z51 sent keeps its 964xx administration code (CMS allows them for these agents whatever the
/// indication) but gets no Z51 and no DX-04 error. A drug the sequencing-drugs table lists with non-neoplastic uses
/// (rituximab, methotrexate, cyclophosphamide) is an info finding; any other is a warning: the neoplasm may be missing.
/// </summary>
internal static class NonNeoplasticAntineoplastic
{
    /// <summary>True when the case applies and was handled: the caller then adds no Z51.</summary>
    public static bool TryApply(ScrubContext context, ClassifiedAdministration[] antineoplastic)
    {
        var dx = context.Diagnoses;
        var conditions = dx.Where(c => IcdCodes.IsCondition(c)).ToArray();
        if (antineoplastic.Length == 0 || dx.Any(IcdCodes.IsNeoplasm) || dx.Any(IcdCodes.IsHistory) || dx.Any(IcdCodes.IsZ51Treatment)
            || conditions.Length == 0 || context.Encounter.Reason == EncounterReason.AntineoplasticTreatment)
        {
            return false;
        }

        var known = antineoplastic.All(a => context.ReferenceData.Sequencing.RoleOf(a.Drug?.Hcpcs ?? a.Source.Drug.Hcpcs) == SequencingDrugRole.NonNeoplasticUse);
        var facts = new Facts { { "drugs", antineoplastic.Select(a => a.DrugName).Distinct().ToArray() }, { "conditions", conditions }, { "known", known } };
        context.Report(DiagnosisRules.Dx07, "diagnoses", facts, severity: known ? FindingSeverity.Info : FindingSeverity.Warning);
        return true;
    }
}
