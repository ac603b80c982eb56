using Hl7.Fhir.Model;
using OncologyBilling.Api.Contracts;
using OncologyBilling.ReferenceData.Fhir;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// Maps a parsed Bundle to the same <see cref="ScrubRequest"/> the JSON endpoint binds, with a trace of every field to
/// its FHIR element. Patient resources are not read: nothing in them decides a code.
/// </summary>
internal static class FhirRequestMapper
{
    public static (ScrubRequest Request, MappingState State) Map(Bundle bundle, FhirCodeTable codes)
    {
        var state = new MappingState(new BundleIndex(bundle), codes);
        var encounter = EncounterReader.Read(state);
        var request = new ScrubRequest
        {
            EncounterId = encounter?.Resource.Id,
            Setting = encounter is var (e, p) ? EncounterReader.Setting(state, e, p) : null,
            DateOfService = encounter is var (withPeriod, _) ? EncounterReader.DateOfService(withPeriod) : null,
            BillingProvider = encounter is var (billed, billedPath) ? ProviderReader.Read(state, billed, billedPath) : null,
            Diagnoses = DiagnosisReader.Read(state, encounter?.Resource, encounter?.Path),
            Administrations = AdministrationReader.Read(state),
        };
        if (encounter is var (found, _))
        {
            state.References = state.References with { Patient = found.Subject, Encounter = state.Bundle.ReferenceTo(found) };
        }

        return (request, state);
    }
}
