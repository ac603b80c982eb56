using OncologyBilling.ReferenceData.Sequencing;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>
/// The reason for the encounter (DX-22): the request's <c>encounterReason</c> when sent, else inferred from what was given and
/// coded. Only IV hydration with a dehydration code is dehydration management (§I.C.2.c.3); only ESAs or IV iron with an
/// anemia code is anemia management (§I.C.2.c.1/c.2); only analgesics with G89.3 is pain control (§I.C.6.b.5); an
/// antineoplastic for a neoplasm is antineoplastic treatment; Z08 with nothing given is a follow-up (§I.C.21.c.8).
/// A sent reason that what was given or coded contradicts is a warning: the engine does not pick one side.
/// </summary>
internal static class EncounterReasons
{
    public static ReasonDecision Resolve(ScrubContext context, bool antineoplasticForNeoplasm)
    {
        var inferred = Infer(context, antineoplasticForNeoplasm);
        if (context.Encounter.Reason is not { } sent)
        {
            return inferred;
        }

        if (Conflict(context, sent, antineoplasticForNeoplasm) is { } conflict)
        {
            var decision = new ReasonDecision(sent, true, "sent", []);
            var facts = decision.ToFacts();
            facts.Add("conflict", conflict);
            facts.Add("reordered", true);
            context.Report(DiagnosisRules.Dx22, "encounterReason", facts);
        }

        return new ReasonDecision(sent, true, "sent", []);
    }

    public static string WireName(EncounterReason reason) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());

    private static ReasonDecision Infer(ScrubContext context, bool antineoplasticForNeoplasm)
    {
        var dx = context.Diagnoses;
        var given = context.Administrations;
        if (antineoplasticForNeoplasm)
        {
            return new ReasonDecision(EncounterReason.AntineoplasticTreatment, false, "antineoplasticForNeoplasm", []);
        }

        if (given.Count == 0)
        {
            return dx.Contains(IcdCodes.FollowUp)
                ? new ReasonDecision(EncounterReason.FollowUp, false, "followUpNothingGiven", [])
                : new ReasonDecision(null, false, "noDrug", []);
        }

        var drugs = given.Where(a => a.Category != DrugCategory.Hydration).ToArray();
        if (drugs.Length == 0 && dx.Any(IcdCodes.IsDehydration))
        {
            return new ReasonDecision(EncounterReason.DehydrationManagement, false, "hydrationOnly", []);
        }

        if (drugs.Length > 0 && drugs.All(a => Role(context, a) == SequencingDrugRole.Anemia) && dx.Any(IcdCodes.IsAnemia))
        {
            return new ReasonDecision(EncounterReason.AnemiaManagement, false, "anemiaDrugsOnly", Names(drugs));
        }

        if (drugs.Length > 0 && drugs.All(a => Role(context, a) == SequencingDrugRole.Pain) && dx.Contains(IcdCodes.NeoplasmPain))
        {
            return new ReasonDecision(EncounterReason.PainControl, false, "painDrugsOnly", Names(drugs));
        }

        return given.Any(DiagnosisSequencingStage.IsAntineoplastic)
            ? new ReasonDecision(null, false, "antineoplasticNoNeoplasm", [])
            : new ReasonDecision(EncounterReason.Supportive, false, "noAntineoplastic", []);
    }

    private static string? Conflict(ScrubContext context, EncounterReason sent, bool antineoplasticForNeoplasm)
    {
        return sent switch
        {
            EncounterReason.AntineoplasticTreatment when !context.Administrations.Any(DiagnosisSequencingStage.IsAntineoplastic) => "noAntineoplastic",
            EncounterReason.AntineoplasticTreatment => null,
            _ when antineoplasticForNeoplasm => "antineoplasticForNeoplasm",
            _ => null,
        };
    }

    private static SequencingDrugRole? Role(ScrubContext context, ClassifiedAdministration a) =>
        context.ReferenceData.Sequencing.RoleOf(a.Drug?.Hcpcs ?? a.Source.Drug.Hcpcs);

    private static string[] Names(IEnumerable<ClassifiedAdministration> drugs) => [.. drugs.Select(a => a.DrugName).Distinct()];
}
