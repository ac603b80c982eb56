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
                Lead(context, decision, IcdCodes.IsDehydration, "noDehydration", DiagnosisRules.Dx16);
                break;
            case EncounterReason.PainControl:
                Lead(context, decision, c => c == IcdCodes.NeoplasmPain, "noG893", DiagnosisRules.Dx20);
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
            context.Report(DiagnosisRules.Dx17, "diagnoses", new Facts { { "z51", context.Diagnoses[0] }, { "others", others } });
        }
    }

    private static void Anemia(ScrubContext context, ReasonDecision decision)
    {
        var dx = context.Diagnoses;
        var ofTreatment = dx.Any(IcdCodes.IsAdverseEffect) || dx.Contains("Y84.2");
        var treatmentAnemia = dx.Where(c => IcdCodes.IsAnemia(c) && !c.StartsWith("D63", StringComparison.Ordinal) && (c == IcdCodes.ChemoAnemia || ofTreatment)).ToArray();
        if (dx.Contains(IcdCodes.NeoplasmAnemia) && treatmentAnemia.Length > 0)
        {
            Conflict(context, decision, "bothAnemias", treatmentAnemia);
        }
        else if (dx.Contains(IcdCodes.NeoplasmAnemia))
        {
            DiagnosisOrder.Arrange(dx, IcdCodes.IsNeoplasm, c => c == IcdCodes.NeoplasmAnemia);
            Ordered(context, decision, DiagnosisRules.Dx15);
        }
        else if (treatmentAnemia.Length > 0)
        {
            DiagnosisOrder.Arrange(dx, treatmentAnemia.Contains, IcdCodes.IsNeoplasm, c => IcdCodes.IsAdverseEffect(c) || c == "Y84.2");
            Ordered(context, decision, DiagnosisRules.Dx11);
        }
        else if (!dx.Any(IcdCodes.IsAnemia))
        {
            Conflict(context, decision, "noAnemia", []);
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
        Lead(context, decision, IsComplication, "noComplication", DiagnosisRules.Dx21);
    }

    private static void FollowUp(ScrubContext context, ReasonDecision decision)
    {
        var dx = context.Diagnoses;
        var problem = !dx.Contains(IcdCodes.FollowUp) ? "noZ08" : dx.Any(IcdCodes.IsZ51Treatment) ? "z51WithZ08" : dx.Any(IcdCodes.IsNeoplasm) ? "activeNeoplasm" : null;
        if (problem is not null)
        {
            Conflict(context, decision, problem, [.. dx.Where(IcdCodes.IsNeoplasm)]);
            return;
        }

        DiagnosisOrder.Arrange(dx, c => c == IcdCodes.FollowUp, IcdCodes.IsHistory);
        Ordered(context, decision, DiagnosisRules.Dx19);
    }

    private static void Lead(ScrubContext context, ReasonDecision decision, Func<string, bool> lead, string missing, RuleDefinition rule)
    {
        if (!context.Diagnoses.Any(lead))
        {
            Conflict(context, decision, missing, []);
            return;
        }

        DiagnosisOrder.Arrange(context.Diagnoses, lead, IcdCodes.IsZ51Treatment, IcdCodes.IsNeoplasm);
        Ordered(context, decision, rule);
    }

    private static void Ordered(ScrubContext context, ReasonDecision decision, RuleDefinition rule)
    {
        var facts = decision.ToFacts();
        facts.Add("diagnoses", context.Diagnoses.ToArray());
        context.Report(rule, "diagnoses", facts);
    }

    private static void Conflict(ScrubContext context, ReasonDecision decision, string conflict, string[] codes)
    {
        var facts = decision.ToFacts();
        facts.Add("conflict", conflict);
        facts.Add("codes", codes);
        context.Report(DiagnosisRules.Dx22, decision.Sent ? "encounterReason" : "diagnoses", facts);
    }
}
