using Hl7.Fhir.Model;
using OncologyBilling.Api.Contracts;
using Encounter = Hl7.Fhir.Model.Encounter;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// The rendering (837P 2310B) or attending (837I 2310A) provider, used for X12 output only: the Encounter.participant
/// typed PPRF (primary performer), else the one typed ATND (attender), in v3-ParticipationType, whose individual is a
/// Practitioner in the Bundle: its NPI and official (else only) name. Two participants of the same type are a choice
/// the endpoint does not make; nothing is read and the trace names Encounter.participant.
/// </summary>
internal static class RenderingProviderReader
{
    private const string ParticipationType = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

    public static ProviderInput? Read(MappingState state, Encounter encounter, string encounterPath)
    {
        state.Trace.Add("renderingProvider", $"{encounterPath}.participant");
        foreach (var role in new[] { "PPRF", "ATND" })
        {
            var typed = encounter.Participant.Select((p, i) => (Participant: p, Index: i))
                .Where(p => p.Participant.Type.Any(t => t.Coding.Any(c => c.System == ParticipationType && c.Code == role))).ToList();
            if (typed.Count > 1)
            {
                return null;
            }

            if (typed.Count == 1)
            {
                return From(state, encounter, encounterPath, typed[0].Participant, $"{encounterPath}.participant[{typed[0].Index}]");
            }
        }

        return null;
    }

    private static ProviderInput? From(
        MappingState state, Encounter encounter, string encounterPath, Encounter.ParticipantComponent participant, string path)
    {
        state.Trace.Add("renderingProvider", $"{path}.individual");
        if (state.Bundle.Resolve<Practitioner>(participant.Individual, encounter, encounterPath) is not var (practitioner, practitionerPath))
        {
            return null;
        }

        state.Trace.Add("renderingProvider", practitionerPath);
        var index = practitioner.Identifier.FindIndex(i => i.System == FhirSystems.Npi);
        state.Trace.Add("renderingProvider.npi", index < 0 ? $"{practitionerPath}.identifier" : $"{practitionerPath}.identifier[{index}].value");
        var (last, first) = HumanNames.Read(state, practitioner.Name, practitionerPath, "renderingProvider");
        return new ProviderInput { Npi = index < 0 ? null : practitioner.Identifier[index].Value, LastName = last, FirstName = first };
    }
}
