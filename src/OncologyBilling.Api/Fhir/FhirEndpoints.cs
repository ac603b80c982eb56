using FluentValidation;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Fhir.Input;
using OncologyBilling.Api.Fhir.Output;
using OncologyBilling.Api.Rendering;
using OncologyBilling.Api.Security;
using OncologyBilling.Api.X12;
using OncologyBilling.ReferenceData.Fhir;
using OncologyBilling.Scrubber.Pipeline;
using Serilog;

namespace OncologyBilling.Api.Fhir;

/// <summary>
/// POST /api/v1/fhir/claims/scrub: a FHIR R4 Bundle in; the same scrubbed claim as the JSON endpoint out (finding
/// paths as FHIRPaths), or by Accept a FHIR Claim Bundle or an X12 837 (<see cref="ClaimResponder"/>).
/// </summary>
internal static class FhirEndpoints
{
    public const string Prefix = "/api/v1/fhir";
    public const string ScrubPath = Prefix + "/claims/scrub";

    public static IEndpointRouteBuilder MapFhirEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup(Prefix + "/claims").WithTags("FHIR").MapPost("/scrub", ScrubBundle)
            .WithName(nameof(ScrubBundle))
            .WithSummary("Scrub one encounter sent as a FHIR R4 Bundle")
            .WithDescription("Takes a FHIR R4 Bundle with the Encounter, its MedicationAdministrations, Conditions and the billing Organization or Practitioner (docs/fhir.md), maps it to the same encounter the JSON endpoint scrubs and returns the same claim; each finding's path is the FHIRPath of the element to fix. A Bundle that is not valid FHIR R4 or lacks what the scrub needs is a 400 OperationOutcome naming each element. By Accept the claim comes back as JSON (default), as a FHIR R4 Bundle of the Claim and an OperationOutcome of the findings (application/fhir+json), or as an X12 837P/837I (application/edi-x12; a 422 problem names each FHIR element or X12: configuration key an 837 still needs). See docs/fhir.md and docs/x12.md.")
            .Accepts<FhirBundleBody>(FhirMediaTypes.FhirJson, "application/json")
            .Produces<ScrubbedClaim>(StatusCodes.Status200OK, "application/json")
            .Produces<FhirOperationOutcomeBody>(StatusCodes.Status400BadRequest, FhirMediaTypes.FhirJson)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .Produces<FhirOperationOutcomeBody>(StatusCodes.Status413PayloadTooLarge, FhirMediaTypes.FhirJson);
        return app;
    }

    private static async Task<IResult> ScrubBundle(
        HttpRequest request, ClaimScrubber scrubber, IValidator<ScrubRequest> validator, IOptions<RequestLimitsOptions> limits,
        ClaimResponder responder, IDiagnosticContext diagnostics)
    {
        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limits.Value.MaxBodyBytes);
        }

        var (bundle, parseIssues) = BundleParser.Parse(body, limits.Value.MaxJsonDepth);
        if (bundle is null)
        {
            return OperationOutcomes.BadRequest(parseIssues);
        }

        var (scrubRequest, state) = FhirRequestMapper.Map(bundle, FhirCodeTable.Embedded);
        var issues = await FhirRequestValidation.ValidateAsync(validator, scrubRequest, state, request.HttpContext.RequestAborted);
        if (issues.Count > 0)
        {
            return OperationOutcomes.BadRequest(issues);
        }

        var encounter = scrubRequest.ToEncounter();
        var result = scrubber.Scrub(encounter);
        diagnostics.Set("RunId", result.RunId);
        return responder.Respond(request.HttpContext, new ClaimSources(
            result,
            () => result.ToContract().WithFhirPaths(state.Trace),
            () => scrubRequest.ToX12Claim(encounter, result),
            () => ClaimParties.From(scrubRequest, state.References),
            key => state.Trace.Find(key) ?? key));
    }

    public static FhirResult TooLarge(long limit) => OperationOutcomes.Refusal(
        StatusCodes.Status413PayloadTooLarge, $"The Bundle is too large: this endpoint accepts at most {limit} bytes.", OperationOutcome.IssueType.TooCostly);
}
