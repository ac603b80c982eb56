namespace OncologyBilling.Api.Fhir;

/// <summary>The FHIR JSON media type (FHIR R4 http.html#mime-type).</summary>
internal static class FhirMediaTypes
{
    public const string FhirJson = "application/fhir+json";
}
