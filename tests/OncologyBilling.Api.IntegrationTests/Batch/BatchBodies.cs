using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OncologyBilling.Api.IntegrationTests.Batch;

/// <summary>Encounters and helpers for batch tests; obviously fake identifiers.</summary>
internal static class BatchBodies
{
    /// <summary>
    /// T01 (coding-rules §13): paclitaxel 10:00–12:45 = 165 min → 96413 x1 and 96415 x floor((165 − 31) / 60) = 2.
    /// </summary>
    public static string Encounter(string id) =>
        $$$"""{"encounterId":"{{{id}}}","setting":"office","diagnoses":["C561"],"administrations":[{"id":"a1","drug":{"name":"paclitaxel"},"route":"ivInfusion","start":"2026-03-02T10:00:00-05:00","end":"2026-03-02T12:45:00-05:00","dose":{"amount":333,"unit":"mg"}}]}""";

    /// <summary>Fails the validator: the encounter id holds a space and a '!'.</summary>
    public const string InvalidId =
        """{"encounterId":"BAD ID!","setting":"office","diagnoses":["C561"],"administrations":[{"drug":{"name":"paclitaxel"},"route":"ivInfusion","start":"2026-03-02T10:00:00-05:00","end":"2026-03-02T12:45:00-05:00","dose":{"amount":333,"unit":"mg"}}]}""";

    /// <summary>Well-formed JSON the serializer cannot bind: 'ivDrip' is not a route.</summary>
    public const string UnknownRoute =
        """{"encounterId":"ENC-R","setting":"office","diagnoses":["C561"],"administrations":[{"drug":{"name":"paclitaxel"},"route":"ivDrip","start":"2026-03-02T10:00:00-05:00","end":"2026-03-02T12:45:00-05:00","dose":{"amount":333,"unit":"mg"}}]}""";

    public static StringContent Ndjson(string body) => Content(body, "application/x-ndjson");

    public static StringContent Json(string body) => Content(body, "application/json");

    public static async Task<IReadOnlyList<JsonObject>> EntriesAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())];
    }

    public static IEnumerable<string> AdministrationLines(JsonObject entry) =>
        entry["claim"]!["lines"]!.AsArray().Where(l => (string?)l!["kind"] == "administration").Select(l => $"{l!["code"]}x{l["units"]}");

    private static StringContent Content(string body, string mediaType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
