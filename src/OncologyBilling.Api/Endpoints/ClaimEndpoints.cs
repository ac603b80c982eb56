using Microsoft.AspNetCore.Http.HttpResults;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Validation;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.Endpoints;

internal static class ClaimEndpoints
{
    public static IEndpointRouteBuilder MapClaimEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/claims").WithTags("Claims");
        group.MapPost("/scrub", ScrubEncounter)
            .WithName(nameof(ScrubEncounter))
            .WithSummary("Scrub one infusion encounter into a claim with findings")
            .WithDescription("Returns the CPT administration lines, HCPCS drug lines, ordered ICD-10-CM diagnoses and findings the encounter should be billed with. Billing problems are findings in a 200 response; a request the scrubber cannot read is a 400.")
            .Accepts<ScrubRequest>("application/json")
            .WithRequestValidation<ScrubRequest>();
        return app;
    }

    private static Ok<ScrubbedClaim> ScrubEncounter(ScrubRequest request, ClaimScrubber scrubber) =>
        TypedResults.Ok(scrubber.Scrub(request.ToEncounter()).ToContract());
}
