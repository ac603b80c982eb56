using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using OncologyBilling.Api.OpenApi.Examples;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OncologyBilling.Api.OpenApi;

/// <summary>
/// Adds the ready-to-try request examples and the 200/400 response examples to POST /api/v1/claims/scrub (and the
/// FHIR Bundle and OperationOutcome examples to POST /api/v1/fhir/claims/scrub); the 200
/// example is the real scrub of the first request example (<see cref="ScrubbedClaimExample"/>), built once.
/// </summary>
internal sealed class ScrubExamplesOperationFilter(ScrubbedClaimExample scrubbed, FhirClaimExample fhirClaim, IOptions<JsonOptions> json) : IOperationFilter
{
    private readonly Lazy<OpenApiExampleText> _response = new(() => scrubbed.Build(json.Value.SerializerOptions));
    private readonly Lazy<OpenApiExampleText> _fhirResponse = new(fhirClaim.Build);

    public const string OperationId = "ScrubEncounter";
    public const string FhirOperationId = "ScrubBundle";

    public static IReadOnlyList<OpenApiExampleText> Requests { get; } =
    [
        OfficeChemotherapyDayExample.Value,
        HospitalHydrationAndPushesExample.Value,
        PembrolizumabWasteExample.Value,
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId == FhirOperationId)
        {
            AddExamples(operation.RequestBody?.Content, "application/fhir+json", FhirBundleExamples.Requests);
            AddExamples(Response(operation, "200"), "application/fhir+json", [_fhirResponse.Value]);
            AddExamples(Response(operation, "400"), "application/fhir+json", [FhirBundleExamples.OperationOutcome]);
            return;
        }

        if (operation.OperationId != OperationId)
        {
            return;
        }

        AddExamples(operation.RequestBody?.Content, "application/json", Requests);
        AddExamples(Response(operation, "200"), "application/json", [_response.Value]);
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
