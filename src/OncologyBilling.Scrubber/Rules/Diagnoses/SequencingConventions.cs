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
                context.Report(DiagnosisRules.AdverseEffect18, $"{dx[i]} (the nature of the adverse effect) moved before {code}: a T36–T50 adverse-effect code follows the effect and is never first-listed (ICD-10-CM Guidelines FY2026 §I.C.19.e.5.a).", "diagnoses");
                continue;
            }

            if (i == 0 && dx.FindIndex(c => !IcdCodes.IsAdverseEffect(c)) is var other and > 0)
            {
                DiagnosisOrder.MoveBefore(dx, other, 0);
            }

            context.Report(DiagnosisRules.AdverseEffect18, FindingSeverity.Warning, $"{code} is an adverse-effect code, but the nature of the effect (for example R11.2, D64.81, D70.1) is not on the claim; a T36–T50 code is never first-listed (ICD-10-CM Guidelines FY2026 §I.C.19.e.5.a). Send the code of the effect.", "diagnoses");
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
                context.Report(DiagnosisRules.Manifestation14, FindingSeverity.Warning, $"{dx[i]} is a manifestation code ({row.Basis}) and needs its etiology coded before it; none is on the claim (ICD-10-CM Guidelines FY2026 §I.A.13). Send the underlying condition.", "diagnoses");
                continue;
            }

            DiagnosisOrder.MoveBefore(dx, etiology, i);
            context.Report(DiagnosisRules.Manifestation14, $"{dx[i]} (the etiology) moved before the manifestation {dx[i + 1]} ({row.Basis}): a manifestation is never first-listed (ICD-10-CM Guidelines FY2026 §I.A.13).", "diagnoses");
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
            context.Report(DiagnosisRules.FollowUp19, $"Z08 moved before the history code {dx[history + 1]}: the follow-up code is sequenced first, followed by the history code (ICD-10-CM Guidelines FY2026 §I.C.21.c.8).", "diagnoses");
        }
    }
}
