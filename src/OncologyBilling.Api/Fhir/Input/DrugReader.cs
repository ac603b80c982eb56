using Hl7.Fhir.Model;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// The drug from medicationCodeableConcept or the referenced Medication (contained or in the Bundle): its HCPCS and
/// NDC codings and its text as the name. RxNorm is accepted beside them but not used: the catalog is keyed by HCPCS.
/// </summary>
internal static class DrugReader
{
    private const string ReadSystems = FhirSystems.Hcpcs + ", " + FhirSystems.Ndc + " or " + FhirSystems.RxNorm;

    public static DrugInput? Read(MappingState state, MedicationAdministration administration, string path, string requestPath)
    {
        var (concept, conceptPath) = Concept(state, administration, path);
        state.Trace.Add(requestPath, conceptPath);
        if (concept is null)
        {
            return null;
        }

        var read = CodingLookup.InSystems(concept, conceptPath, s => s is not null && FhirSystems.Drug.Contains(s));
        if (read.Count == 0 && concept.Coding.Count > 0)
        {
            state.Issues.AddRange(CodingLookup.Unread(concept, conceptPath, ReadSystems));
            return null;
        }

        state.Trace.Add($"{requestPath}.name", $"{conceptPath}.text");
        return new DrugInput
        {
            Hcpcs = One(state, read, FhirSystems.Hcpcs, conceptPath, $"{requestPath}.hcpcs"),
            Ndc = One(state, read, FhirSystems.Ndc, conceptPath, $"{requestPath}.ndc"),
            Name = concept.Text,
        };
    }

    private static (CodeableConcept? Concept, string Path) Concept(MappingState state, MedicationAdministration administration, string path)
    {
        switch (administration.Medication)
        {
            case CodeableConcept concept:
                return (concept, $"{path}.medicationCodeableConcept");
            case ResourceReference reference:
                if (state.Bundle.Resolve<Medication>(reference, administration, path) is var (medication, medicationPath))
                {
                    return (medication.Code, $"{medicationPath}.code");
                }

                state.Issue($"{path}.medicationReference", "The Medication is neither contained nor in the Bundle.", OperationOutcome.IssueType.NotFound);
                return (null, $"{path}.medicationReference");
            default:
                return (null, $"{path}.medication");
        }
    }

    private static string? One(MappingState state, List<(Coding Coding, string Path)> read, string system, string conceptPath, string requestPath)
    {
        var matches = read.Where(r => r.Coding.System == system).ToList();
        if (matches.Count > 1)
        {
            state.Issue(conceptPath, $"More than one coding in {system}: the drug is ambiguous.");
        }

        if (matches.Count == 0)
        {
            return null;
        }

        state.Trace.Add(requestPath, $"{matches[0].Path}.code");
        return matches[0].Coding.Code;
    }
}
