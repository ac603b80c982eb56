using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>
/// Orders the diagnoses by the reason for the encounter, as the ICD-10-CM Official Guidelines for Coding and Reporting FY2026
/// say: anemia (§I.C.2.c.1 DX-15, §I.C.2.c.2 DX-11), dehydration (§I.C.2.c.3 DX-16), pain control (§I.C.6.b.5 DX-20),
/// complication (§I.C.2.l.4 DX-21), follow-up (§I.C.21.c.8 DX-19), complication during chemotherapy (§I.C.2.e.2 DX-17).
/// Each order is an info finding naming the section; a reason whose codes are missing is a warning (DX-22).
/// </summary>
internal static class GuidelineSequencing
{
    public static void Apply(ScrubContext context, ReasonDecision decision)
    {
        switch (decision.Reason)
        {
            case EncounterReason.AntineoplasticTreatment:
                Complications(context);
                break;
            case EncounterReason.AnemiaManagement:
                Anemia(context, decision);
                break;
            case EncounterReason.DehydrationManagement:
                Lead(context, decision, IcdCodes.IsDehydration, "a dehydration code (E86.-)", DiagnosisRules.Dehydration16, "§I.C.2.c.3");
                break;
            case EncounterReason.PainControl:
                Lead(context, decision, c => c == IcdCodes.NeoplasmPain, "G89.3", DiagnosisRules.Pain20, "§I.C.6.b.5");
                break;
            case EncounterReason.ComplicationManagement:
                Complication(context, decision);
                break;
            case EncounterReason.FollowUp:
                FollowUp(context, decision);
                break;
        }
    }

    private static void Complications(ScrubContext context)
    {
        var others = context.Diagnoses.Where(c => IcdCodes.IsCondition(c) && !IcdCodes.IsNeoplasm(c)).ToArray();
        if (others.Length > 0 && context.Diagnoses.Count > 0 && IcdCodes.IsZ51Treatment(context.Diagnoses[0]))
        {
            context.Report(DiagnosisRules.Complication17, $"Encounter for antineoplastic treatment: {context.Diagnoses[0]} first-listed, the other conditions ({DiagnosisOrder.List(others)}) after it (ICD-10-CM Guidelines FY2026 §I.C.2.e.2).", "diagnoses");
        }
    }

    private static void Anemia(ScrubContext context, ReasonDecision decision)
    {
        var dx = context.Diagnoses;
        var ofTreatment = dx.Any(IcdCodes.IsAdverseEffect) || dx.Contains("Y84.2");
        var treatmentAnemia = dx.Where(c => IcdCodes.IsAnemia(c) && !c.StartsWith("D63", StringComparison.Ordinal) && (c == IcdCodes.ChemoAnemia || ofTreatment)).ToArray();
        if (dx.Contains(IcdCodes.NeoplasmAnemia) && treatmentAnemia.Length > 0)
        {
            Conflict(context, decision, $"both D63.0 (anemia in neoplastic disease: the malignancy first, §I.C.2.c.1) and {DiagnosisOrder.List(treatmentAnemia)} (anemia of the treatment: the anemia first, §I.C.2.c.2) are coded");
        }
        else if (dx.Contains(IcdCodes.NeoplasmAnemia))
        {
            DiagnosisOrder.Arrange(dx, IcdCodes.IsNeoplasm, c => c == IcdCodes.NeoplasmAnemia);
            Ordered(context, decision, DiagnosisRules.NeoplasmAnemia15, "the malignancy first, then D63.0", "§I.C.2.c.1");
        }
        else if (treatmentAnemia.Length > 0)
        {
            DiagnosisOrder.Arrange(dx, treatmentAnemia.Contains, IcdCodes.IsNeoplasm, c => IcdCodes.IsAdverseEffect(c) || c == "Y84.2");
            Ordered(context, decision, DiagnosisRules.ChemoAnemia11, "the anemia of the treatment first, then the neoplasm, then the adverse-effect code", "§I.C.2.c.2");
        }
        else if (!dx.Any(IcdCodes.IsAnemia))
        {
            Conflict(context, decision, "no anemia code (D50–D64) is on the claim");
        }
    }

    private static void Complication(ScrubContext context, ReasonDecision decision)
    {
        if (context.Diagnoses.Contains(IcdCodes.NeoplasmAnemia) || context.Diagnoses.Contains(IcdCodes.ChemoAnemia))
        {
            Anemia(context, decision);
            return;
        }

        bool IsComplication(string c) => IcdCodes.IsCondition(c) && !IcdCodes.IsNeoplasm(c) && context.ReferenceData.Sequencing.Manifestation(c) is null;
        Lead(context, decision, IsComplication, "a complication code", DiagnosisRules.Complication21, "§I.C.2.l.4");
    }

    private static void FollowUp(ScrubContext context, ReasonDecision decision)
    {
        var dx = context.Diagnoses;
        var problem = !dx.Contains(IcdCodes.FollowUp) ? "Z08 is not on the claim"
            : dx.Any(IcdCodes.IsZ51Treatment) ? "Z51.11/Z51.12 is coded: Z08 excludes aftercare and treatment encounters"
            : dx.Any(IcdCodes.IsNeoplasm) ? $"an active neoplasm ({DiagnosisOrder.List(dx.Where(IcdCodes.IsNeoplasm))}) is coded: a recurrence found at follow-up is coded in place of Z08 (§I.C.21.c.8)"
            : null;
        if (problem is not null)
        {
            Conflict(context, decision, problem);
            return;
        }

        DiagnosisOrder.Arrange(dx, c => c == IcdCodes.FollowUp, IcdCodes.IsHistory);
        Ordered(context, decision, DiagnosisRules.FollowUp19, "Z08 first, then the Z85 history code", "§I.C.21.c.8");
    }

    private static void Lead(ScrubContext context, ReasonDecision decision, Func<string, bool> lead, string what, RuleDefinition rule, string section)
    {
        if (!context.Diagnoses.Any(lead))
        {
            Conflict(context, decision, $"{what} is not on the claim");
            return;
        }

        DiagnosisOrder.Arrange(context.Diagnoses, lead, IcdCodes.IsZ51Treatment, IcdCodes.IsNeoplasm);
        Ordered(context, decision, rule, $"{DiagnosisOrder.List(context.Diagnoses.Where(lead))} first, then the neoplasm", section);
    }

    private static void Ordered(ScrubContext context, ReasonDecision decision, RuleDefinition rule, string what, string section) =>
        context.Report(rule, $"Encounter reason {EncounterReasons.WireName(decision.Reason!.Value)} ({decision.Origin}): {what}, giving {DiagnosisOrder.List(context.Diagnoses)} (ICD-10-CM Guidelines FY2026 {section}).", "diagnoses");

    private static void Conflict(ScrubContext context, ReasonDecision decision, string problem) =>
        context.Report(DiagnosisRules.Reason22, $"Encounter reason {EncounterReasons.WireName(decision.Reason!.Value)} ({decision.Origin}), but {problem}; the diagnoses were not reordered for it. Coder review.", decision.Sent ? "encounterReason" : "diagnoses");
}
