using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using OncologyBilling.Api.OpenApi.Examples;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OncologyBilling.Api.OpenApi;

/// <summary>
/// Adds the ready-to-try request examples and the 200/400 response examples to POST /api/v1/claims/scrub (and the
/// FHIR Bundle and OperationOutcome examples to POST /api/v1/fhir/claims/scrub); each request example has its 200
/// example, the real scrub of that request (<see cref="ScrubbedClaimExample"/>), built once.
/// </summary>
internal sealed class ScrubExamplesOperationFilter(ScrubbedClaimExample scrubbed, FhirClaimExample fhirClaim, IOptions<JsonOptions> json) : IOperationFilter
{
    private readonly Lazy<OpenApiExampleText[]> _responses =
        new(() => [.. Requests.Select(r => scrubbed.Build(r, json.Value.SerializerOptions))]);
    private readonly Lazy<OpenApiExampleText> _fhirResponse = new(fhirClaim.Build);
    private readonly Lazy<OpenApiExampleText> _jsonFhirResponse = new(() => FhirClaimExample.BuildFromJson(Requests[0], scrubbed, json.Value.SerializerOptions));

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
            OpenApiExamples.Add(operation.RequestBody?.Content, "application/fhir+json", FhirBundleExamples.Requests);
            OpenApiExamples.Add(OpenApiExamples.Response(operation, "200"), "application/fhir+json", [_fhirResponse.Value]);
            OpenApiExamples.Add(OpenApiExamples.Response(operation, "400"), "application/fhir+json", [FhirBundleExamples.OperationOutcome]);
            return;
        }

        if (operation.OperationId != OperationId)
        {
            return;
        }

        OpenApiExamples.Add(operation.RequestBody?.Content, "application/json", Requests);
        OpenApiExamples.Add(OpenApiExamples.Response(operation, "200"), "application/json", _responses.Value);
        OpenApiExamples.Add(OpenApiExamples.Response(operation, "200"), "application/fhir+json", [_jsonFhirResponse.Value]);
        OpenApiExamples.Add(OpenApiExamples.Response(operation, "400"), "application/problem+json", [ValidationProblemExample.Value]);
    }
}
