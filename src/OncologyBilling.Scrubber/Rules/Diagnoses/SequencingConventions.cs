using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>
/// Conventions that hold whatever the reason for the encounter (ICD-10-CM Official Guidelines FY2026): a T36–T50 adverse-effect
/// code follows the nature of the effect and is never first (§I.C.19.e.5.a, DX-18); a manifestation follows its etiology and
/// is never first (§I.A.13, DX-14); Z08 precedes the Z85 history code (§I.C.21.c.8, DX-19). A move is an info finding;
/// a missing nature or etiology is a warning, since the engine cannot invent the code.
/// </summary>
internal static class SequencingConventions
{
    public static void Apply(ScrubContext context)
    {
        AdverseEffects(context);
        Manifestations(context);
        FollowUpBeforeHistory(context);
    }

    private static void AdverseEffects(ScrubContext context)
    {
        var dx = context.Diagnoses;
        bool IsNature(string c) => IcdCodes.IsCondition(c) && !IcdCodes.IsNeoplasm(c) && context.ReferenceData.Sequencing.Manifestation(c) is null;
        for (var i = 0; i < dx.Count; i++)
        {
            if (!IcdCodes.IsAdverseEffect(dx[i]) || dx.Take(i).Any(IsNature))
            {
                continue;
            }

            var code = dx[i];
            var nature = dx.FindIndex(i + 1, IsNature);
            if (nature > 0)
            {
                DiagnosisOrder.MoveBefore(dx, nature, i);
                context.Report(DiagnosisRules.Dx18, "diagnoses", new Facts { { "nature", dx[i] }, { "code", code } });
                continue;
            }

            if (i == 0 && dx.FindIndex(c => !IcdCodes.IsAdverseEffect(c)) is var other and > 0)
            {
                DiagnosisOrder.MoveBefore(dx, other, 0);
            }

            context.Report(DiagnosisRules.Dx18, "diagnoses", new Facts { { "code", code } }, severity: FindingSeverity.Warning);
            return;
        }
    }

    private static void Manifestations(ScrubContext context)
    {
        var dx = context.Diagnoses;
        var tables = context.ReferenceData.Sequencing;
        for (var i = 0; i < dx.Count; i++)
        {
            if (tables.Manifestation(dx[i]) is not { } row)
            {
                continue;
            }

            bool IsEtiology(string c) => IcdCodes.IsCondition(c) && tables.Manifestation(c) is null && row.IsEtiology(c);
            if (dx.Take(i).Any(IsEtiology))
            {
                continue;
            }

            var etiology = dx.FindIndex(i + 1, IsEtiology);
            if (etiology < 0)
            {
                context.Report(DiagnosisRules.Dx14, "diagnoses", new Facts { { "manifestation", dx[i] }, { "basis", row.Basis } }, severity: FindingSeverity.Warning);
                continue;
            }

            DiagnosisOrder.MoveBefore(dx, etiology, i);
            context.Report(DiagnosisRules.Dx14, "diagnoses", new Facts { { "etiology", dx[i] }, { "manifestation", dx[i + 1] }, { "basis", row.Basis } });
            i++;
        }
    }

    private static void FollowUpBeforeHistory(ScrubContext context)
    {
        var dx = context.Diagnoses;
        var followUp = dx.IndexOf(IcdCodes.FollowUp);
        var history = dx.FindIndex(IcdCodes.IsHistory);
        if (followUp > 0 && history >= 0 && history < followUp)
        {
            DiagnosisOrder.MoveBefore(dx, followUp, history);
            context.Report(DiagnosisRules.Dx19, "diagnoses", new Facts { { "history", dx[history + 1] } });
        }
    }
}
