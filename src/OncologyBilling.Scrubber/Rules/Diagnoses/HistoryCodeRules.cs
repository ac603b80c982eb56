using OncologyBilling.Scrubber.Findings;
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
            context.Report(DiagnosisRules.Dx08, "diagnoses", new Facts { { "history", history } });
            return;
        }

        foreach (var code in history)
        {
            var site = context.ReferenceData.Z85Sites.Where(s => s.Matches(code)).MaxBy(s => s.History.Length);
            var same = site is null ? [] : neoplasms.Where(site.SameSite).ToArray();
            if (same.Length > 0)
            {
                context.Report(DiagnosisRules.Dx09, "diagnoses", new Facts { { "code", code }, { "site", site!.Site }, { "active", same } });
            }
        }
    }
}
