namespace OncologyBilling.Api.Fhir;

/// <summary>
/// A FHIR R4 Bundle (resourceType "Bundle") holding one Encounter, its MedicationAdministrations, Conditions, Locations,
/// Medications and the billing Organization or Practitioner. Documented for OpenAPI only; the body is read with the
/// Firely SDK, not bound to this type. See docs/fhir.md.
/// </summary>
public sealed record FhirBundleBody
{
    /// <summary>Always "Bundle".</summary>
    /// <example>Bundle</example>
    public string? ResourceType { get; init; }

    /// <summary>Bundle type, such as collection.</summary>
    /// <example>collection</example>
    public string? Type { get; init; }

    /// <summary>The resources, each in entry[n].resource.</summary>
    public IReadOnlyList<object>? Entry { get; init; }
}
