using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OncologyBilling.Api.IntegrationTests.Fhir;

/// <summary>
/// The test Bundles (Fhir/Bundles/*.bundle.json), shaped like the FHIR R4 MedicationAdministration examples
/// (medadmin0301–0313: contained Medication, subject, context, effectivePeriod, dosage route/dose) with the elements
/// R4 requires (Bundle.type, Encounter.status/class, MedicationAdministration.status/medication[x]/subject/effective[x],
/// Condition.subject), and the JSON requests for the same encounters (*.request.json).
/// </summary>
public static class FhirBundles
{
    public const string ScrubPath = "/api/v1/fhir/claims/scrub";
    public const string FhirJson = "application/fhir+json";
    public const string Ext = "https://oncologybilling.dev/fhir/StructureDefinition/";

    public static JsonObject Bundle(string name) => Load($"{name}.bundle.json");

    public static JsonObject Request(string name) => Load($"{name}.request.json");

    public static StringContent Content(string body, string mediaType = FhirJson)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    public static Task<HttpResponseMessage> PostBundleAsync(this HttpClient client, JsonNode bundle, string? accept = null) =>
        client.PostBodyAsync(bundle.ToJsonString(), accept);

    public static async Task<HttpResponseMessage> PostBodyAsync(this HttpClient client, string body, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ScrubPath) { Content = Content(body) };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static JsonObject Load(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fhir", "Bundles", file)))!.AsObject();
}
