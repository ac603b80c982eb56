using Microsoft.OpenApi;
using OncologyBilling.Api.Fhir;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OncologyBilling.Api.OpenApi;

/// <summary>
/// Both scrub endpoints can answer 200 as application/fhir+json (Rendering/ClaimResponder); minimal-API metadata
/// holds one type per status, so the second media type of the 200 is added here.
/// </summary>
internal sealed class FhirClaimResponseOperationFilter : IOperationFilter
{
    private static readonly HashSet<string> Operations = [ScrubExamplesOperationFilter.OperationId, ScrubExamplesOperationFilter.FhirOperationId];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is not { } id || !Operations.Contains(id)
            || operation.Responses is null || !operation.Responses.TryGetValue("200", out var ok) || ok.Content is null)
        {
            return;
        }

        ok.Content[FhirMediaTypes.FhirJson] = new OpenApiMediaType
        {
            Schema = context.SchemaGenerator.GenerateSchema(typeof(FhirClaimBundleBody), context.SchemaRepository),
        };
    }
}
