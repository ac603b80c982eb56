using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OncologyBilling.Api.OpenApi.Examples;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OncologyBilling.Api.OpenApi;

/// <summary>Adds the ready-to-try request examples and the 200/400 response examples to POST /api/v1/claims/scrub.</summary>
internal sealed class ScrubExamplesOperationFilter : IOperationFilter
{
    public const string OperationId = "ScrubEncounter";

    public static IReadOnlyList<OpenApiExampleText> Requests { get; } =
    [
        OfficeChemotherapyDayExample.Value,
        HospitalHydrationAndPushesExample.Value,
        PembrolizumabWasteExample.Value,
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId != OperationId)
        {
            return;
        }

        AddExamples(operation.RequestBody?.Content, "application/json", Requests);
        AddExamples(Response(operation, "200"), "application/json", [ScrubbedClaimExample.Value]);
        AddExamples(Response(operation, "400"), "application/problem+json", [ValidationProblemExample.Value]);
    }

    private static IDictionary<string, OpenApiMediaType>? Response(OpenApiOperation operation, string status) =>
        operation.Responses is not null && operation.Responses.TryGetValue(status, out var response) ? response.Content : null;

    private static void AddExamples(IDictionary<string, OpenApiMediaType>? content, string mediaType, IEnumerable<OpenApiExampleText> examples)
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
                Value = JsonNode.Parse(example.Json),
            };
        }
    }
}
