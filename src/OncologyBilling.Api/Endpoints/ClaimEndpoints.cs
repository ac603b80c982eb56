using Microsoft.AspNetCore.Http.HttpResults;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Fhir.Output;
using OncologyBilling.Api.Rendering;
using OncologyBilling.Api.Serialization;
using OncologyBilling.Api.Validation;
using OncologyBilling.Scrubber.Pipeline;
using Serilog;

namespace OncologyBilling.Api.Endpoints;

/// <summary>POST /api/v1/claims/scrub: one encounter in, one scrubbed claim out.</summary>
internal static class ClaimEndpoints
{
    public static IEndpointRouteBuilder MapClaimEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/claims").WithTags("Claims");
        group.MapPost("/scrub", ScrubEncounter)
            .WithName(nameof(ScrubEncounter))
            .WithSummary("Scrub one infusion encounter into a claim with findings")
            .WithDescription("Returns the CPT administration lines, HCPCS drug lines, ordered ICD-10-CM diagnoses and findings the encounter should be billed with. Billing problems are findings in a 200 response; a request the scrubber cannot use is a 400 listing every error at once, keyed by the JSON path sent: unknown properties (with the closest known name), values of the wrong type or shape (what the path needs), validation failures, and implausible requests (a dateOfService that is no administration's start date, an administration over 24 hours without a pump or over 7 days). See docs/requests.md.")
            .Accepts<ScrubRequest>("application/json")
            .WithRequestValidation();
        return app;
    }

    private static Results<Ok<ScrubbedClaim>, FhirResult> ScrubEncounter(
        ScrubRequestBody body, ClaimScrubber scrubber, IDiagnosticContext diagnostics, HttpRequest http, TimeProvider time)
    {
        // The validation filter lets only a fully read, valid request through.
        var request = body.Read.Request!;
        var result = scrubber.Scrub(request.ToEncounter());
        // The run id is minted by the scrubber, so it may go on the request event; it ties the response to the logs.
        diagnostics.Set("RunId", result.RunId);
        return ClaimResponses.Render(http, result.ToContract(), () => ClaimParties.From(request), time);
    }
}
