using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>
/// Z85 personal-history codes: with active treatment and no active malignancy code it is an error (DX-08); beside an active
/// malignancy of the same site it is a warning (DX-09). Sites come from the z85-sites table.
/// </summary>
internal static class HistoryCodeRules
{
    public static void Apply(ScrubContext context, bool activeTreatment)
    {
        var history = context.Diagnoses.Where(IcdCodes.IsHistory).ToArray();
        if (history.Length == 0)
        {
            return;
        }

        var neoplasms = context.Diagnoses.Where(IcdCodes.IsNeoplasm).ToArray();
        if (activeTreatment && neoplasms.Length == 0)
        {
            context.Report(DiagnosisRules.Dx08, $"Antineoplastic treatment with only {string.Join(", ", history)} (personal history): while treatment is directed at the malignancy, code the active malignancy (C-code) instead.", "diagnoses");
            return;
        }

        foreach (var code in history)
        {
            var site = context.ReferenceData.Z85Sites.Where(s => s.Matches(code)).MaxBy(s => s.History.Length);
            var same = site is null ? [] : neoplasms.Where(site.SameSite).ToArray();
            if (same.Length > 0)
            {
                context.Report(DiagnosisRules.Dx09, $"{code} (history of malignancy of the {site!.Site}) is on the claim with the active {string.Join(", ", same)} for the same site; use one or the other.", "diagnoses");
            }
        }
    }
}
