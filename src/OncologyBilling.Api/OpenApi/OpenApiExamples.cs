using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OncologyBilling.Api.OpenApi.Examples;

namespace OncologyBilling.Api.OpenApi;

/// <summary>Puts named examples on a request body or response media type of an operation.</summary>
internal static class OpenApiExamples
{
    public static IDictionary<string, OpenApiMediaType>? Response(OpenApiOperation operation, string status) =>
        operation.Responses is not null && operation.Responses.TryGetValue(status, out var response) ? response.Content : null;

    /// <summary>JSON examples are parsed; for other media types (NDJSON) the text is the example, as a string.</summary>
    public static void Add(IDictionary<string, OpenApiMediaType>? content, string mediaType, IEnumerable<OpenApiExampleText> examples)
    {
        if (content is null || !content.TryGetValue(mediaType, out var media))
        {
            return;
        }

        media.Examples ??= new Dictionary<string, IOpenApiExample>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            media.Examples[example.Key] = new OpenApiExample
            {
                Summary = example.Summary,
                Description = example.Description,
                Value = IsJson(mediaType) ? JsonNode.Parse(example.Json) : JsonValue.Create(example.Json),
            };
        }
    }

    private static bool IsJson(string mediaType) =>
        mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);
}
