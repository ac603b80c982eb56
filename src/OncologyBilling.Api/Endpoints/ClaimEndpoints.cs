using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Fhir.Output;
using OncologyBilling.Api.Rendering;
using OncologyBilling.Api.Serialization;
using OncologyBilling.Api.Validation;
using OncologyBilling.Api.X12;
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
            .WithDescription("Returns the CPT administration lines, HCPCS drug lines, ordered ICD-10-CM diagnoses and findings the encounter should be billed with. Billing problems are findings in a 200 response; a request the scrubber cannot use is a 400 listing every error at once, keyed by the JSON path sent: unknown properties (with the closest known name), values of the wrong type or shape (what the path needs), validation failures, and implausible requests (a dateOfService that is no administration's start date, an administration over 24 hours without a pump or over 7 days). See docs/requests.md. With Accept: application/edi-x12 the claim comes back as an X12 005010X222A1 837P (office) or 005010X223A2 837I (hospitalOutpatient) interchange, with X-Run-Id and X-Claim-Status headers; when a value a real submission needs is neither in the request nor in the X12 configuration, or the claim is rejected, the answer is a 422 problem whose errors name each request path or X12: configuration key to fix (docs/x12.md). With Accept: application/fhir+json it is a FHIR R4 Bundle of the Claim and an OperationOutcome carrying the findings with their rule ids (docs/fhir.md). An Accept naming none of these gets JSON.")
            .Accepts<ScrubRequest>("application/json")
            .Produces<ScrubbedClaim>(StatusCodes.Status200OK, ClaimMediaTypes.Json)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithRequestValidation();
        return app;
    }

    private static IResult ScrubEncounter(
        ScrubRequestBody body, ClaimScrubber scrubber, ClaimResponder responder, HttpContext http, IDiagnosticContext diagnostics)
    {
        // The validation filter lets only a fully read, valid request through.
        var request = body.Read.Request!;
        var encounter = request.ToEncounter();
        var result = scrubber.Scrub(encounter);
        // The run id is minted by the scrubber, so it may go on the request event; it ties the response to the logs.
        diagnostics.Set("RunId", result.RunId);
        return responder.Respond(http, new ClaimSources(result, () => result.ToContract(), () => request.ToX12Claim(encounter, result), () => ClaimParties.From(request)));
    }
}
