using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OncologyBilling.Api.OpenApi.Examples;
using OncologyBilling.Api.Rendering;
using OncologyBilling.Api.X12;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OncologyBilling.Api.OpenApi;

/// <summary>
/// Documents the X12 representation: application/edi-x12 on the scrub endpoint's 200 (a string, with the 837P example),
/// the 422 it answers when an 837 cannot be written, the request example for it, and the batch endpoint's format option.
/// </summary>
internal sealed class X12OperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is ScrubExamplesOperationFilter.OperationId or ScrubExamplesOperationFilter.FhirOperationId)
        {
            DocumentScrub(operation, operation.OperationId == ScrubExamplesOperationFilter.FhirOperationId);
        }
        else if (operation.OperationId == "ScrubBatch" && operation.Parameters?.FirstOrDefault(p => p.Name == "format") is OpenApiParameter format)
        {
            format.Description = "json (default): entries carry the scrubbed claim. 837: 200 entries also carry \"x12\", the claim as an X12 837P/837I interchange; an encounter whose 837 cannot be written is a 422 entry (docs/x12.md).";
            format.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("json"), JsonValue.Create("837")] };
        }
    }

    private static void DocumentScrub(OpenApiOperation operation, bool fhir)
    {
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse okResponse)
        {
            okResponse.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
            okResponse.Content[ClaimMediaTypes.X12] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "One X12 interchange: 005010X222A1 837P (office) or 005010X223A2 837I (hospitalOutpatient)." },
                Examples = new Dictionary<string, IOpenApiExample>(StringComparer.Ordinal)
                {
                    ["office837P"] = new OpenApiExample { Summary = "837P for the officeChemotherapyDayFor837 request", Value = JsonValue.Create(X12ClaimExample.Text) },
                },
            };
            okResponse.Description = "The scrubbed claim: JSON by default, a FHIR R4 Bundle of the Claim and an OperationOutcome with Accept: application/fhir+json, an X12 837 with Accept: application/edi-x12 (headers X-Run-Id and X-Claim-Status).";
        }

        if (operation.Responses?.TryGetValue("422", out var unprocessable) == true && unprocessable is OpenApiResponse response)
        {
            response.Description = "Accept: application/edi-x12 only: " + X12Problems.Title;
            if (response.Content?.TryGetValue("application/problem+json", out var media) == true)
            {
                // The FHIR endpoint names the FHIR element the value is read from (docs/fhir.md), here the missing Coverage.
                var memberId = fhir ? "Bundle.entry.resource.ofType(Coverage)" : "patient.memberId";
                media.Examples = new Dictionary<string, IOpenApiExample>(StringComparer.Ordinal)
                {
                    ["missingSubscriber"] = new OpenApiExample
                    {
                        Summary = fhir ? "No Coverage in the Bundle, billing provider not configured" : "Subscriber details not sent, billing provider not configured",
                        Value = JsonNode.Parse($$"""
                            { "type": "https://tools.ietf.org/html/rfc4918#section-11.2", "title": "{{X12Problems.Title}}", "status": 422,
                              "errors": { "{{memberId}}": ["The subscriber's member id (2010BA NM109) is required for the 837 and is not there: send {{memberId}}."],
                                          "X12:BillingProviders:1234567893": ["Billing provider 1234567893 has no 837 configuration: configure X12:BillingProviders:1234567893 (name, tax id, address, claim attestations, charges)."] } }
                            """),
                    },
                };
            }
        }

        // The FHIR endpoint's application/json body is a Bundle: the JSON request example belongs to the JSON endpoint only.
        if (!fhir && operation.RequestBody?.Content?.TryGetValue("application/json", out var request) == true && request.Examples is not null)
        {
            var example = X12RequestExample.Value;
            request.Examples[example.Key] = new OpenApiExample { Summary = example.Summary, Description = example.Description, Value = JsonNode.Parse(example.Json) };
        }
    }
}
