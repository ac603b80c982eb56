using Hl7.Fhir.Model;
using Encounter = Hl7.Fhir.Model.Encounter;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// The billing NPI: the Encounter's serviceProvider Organization, else the only Organization with an NPI, else the only
/// Practitioner with one. Two candidates and no serviceProvider is ambiguous and refused.
/// </summary>
internal static class ProviderReader
{
    public static BillingProviderInput? Read(MappingState state, Encounter encounter, string encounterPath)
    {
        if (state.Bundle.Resolve<Organization>(encounter.ServiceProvider, encounter, encounterPath) is var (organization, path))
        {
            return From(state, organization, organization.Identifier, path);
        }

        foreach (var candidates in new[] { Candidates<Organization>(state, o => o.Identifier), Candidates<Practitioner>(state, p => p.Identifier) })
        {
            if (candidates.Count > 1)
            {
                state.Issue($"{encounterPath}.serviceProvider", "More than one Organization or Practitioner has an NPI: name the billing one in Encounter.serviceProvider.");
                return null;
            }

            if (candidates.Count == 1)
            {
                return From(state, candidates[0].Resource, candidates[0].Identifiers, candidates[0].Path);
            }
        }

        return null;
    }

    private static List<(DomainResource Resource, List<Identifier> Identifiers, string Path)> Candidates<T>(MappingState state, Func<T, List<Identifier>> identifiers)
        where T : DomainResource =>
        [.. state.Bundle.OfType<T>().Where(r => identifiers(r.Resource).Any(IsNpi)).Select(r => ((DomainResource)r.Resource, identifiers(r.Resource), r.Path))];

    private static BillingProviderInput From(MappingState state, DomainResource resource, List<Identifier> identifiers, string path)
    {
        var index = identifiers.FindIndex(IsNpi);
        var reference = state.Bundle.ReferenceTo(resource);
        reference.Identifier = index >= 0 ? new Identifier(FhirSystems.Npi, identifiers[index].Value) : null;
        state.References = state.References with { Provider = reference };
        state.Trace.Add("billingProvider", path);
        state.Trace.Add("billingProvider.npi", index >= 0 ? $"{path}.identifier[{index}].value" : $"{path}.identifier");
        var coveredEntity = DocumentationExtensions.Boolean(state, resource, FhirSystems.CoveredEntity340BExtension, path, "billingProvider.is340BCoveredEntity");
        return new BillingProviderInput { Npi = index >= 0 ? identifiers[index].Value : null, Is340BCoveredEntity = coveredEntity };
    }

    private static bool IsNpi(Identifier identifier) => identifier.System == FhirSystems.Npi;
}
