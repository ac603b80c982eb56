using Hl7.Fhir.Model;
using OncologyBilling.Api.Contracts;
using OncologyBilling.ReferenceData.Fhir;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// Maps a parsed Bundle to the same <see cref="ScrubRequest"/> the JSON endpoint binds, with a trace of every field to
/// its FHIR element. The Patient, Coverage and rendering Practitioner are read only for what the 837 needs (nothing in them
/// decides a code) and the Coverage's payer type.
/// </summary>
internal static class FhirRequestMapper
{
    public static (ScrubRequest Request, MappingState State) Map(Bundle bundle, FhirCodeTable codes)
    {
        var state = new MappingState(new BundleIndex(bundle), codes);
        var encounter = EncounterReader.Read(state);
        var treatedPatient = encounter is var (treated, treatedPath)
            ? state.Bundle.Resolve<Patient>(treated.Subject, treated, treatedPath)?.Resource
            : null;
        var coverage = CoverageReader.Read(state, treatedPatient);
        var request = new ScrubRequest
        {
            EncounterId = encounter?.Resource.Id,
            Setting = encounter is var (e, p) ? EncounterReader.Setting(state, e, p) : null,
            DateOfService = encounter is var (withPeriod, _) ? EncounterReader.DateOfService(withPeriod) : null,
            Payer = coverage?.Payer,
            BillingProvider = encounter is var (billed, billedPath) ? ProviderReader.Read(state, billed, billedPath) : null,
            RenderingProvider = encounter is var (rendered, renderedPath) ? RenderingProviderReader.Read(state, rendered, renderedPath) : null,
            Patient = encounter is var (subject, subjectPath) ? PatientReader.Read(state, subject, subjectPath, coverage?.MemberId) : null,
            Diagnoses = DiagnosisReader.Read(state, encounter?.Resource, encounter?.Path),
            Administrations = AdministrationReader.Read(state),
        };
        if (encounter is var (found, _))
        {
            state.References = state.References with
            {
                Patient = found.Subject, Encounter = state.Bundle.ReferenceTo(found), Coverage = coverage?.Reference,
            };
        }

        return (request, state);
    }
}
