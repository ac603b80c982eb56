using Microsoft.AspNetCore.Http.HttpResults;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Fhir.Output;

namespace OncologyBilling.Api.Rendering;

/// <summary>
/// Writes a scrubbed claim in the representation Accept asks for (<see cref="ClaimMediaTypes"/>): the JSON contract or
/// a FHIR Claim Bundle. Both scrub endpoints answer through here.
/// </summary>
internal static class ClaimResponses
{
    public static Results<Ok<ScrubbedClaim>, FhirResult> Render(HttpRequest request, ScrubbedClaim claim, Func<ClaimParties> parties, TimeProvider time)
    {
        if (ClaimMediaTypes.Choose(request, ClaimMediaTypes.Json, ClaimMediaTypes.FhirJson) == ClaimMediaTypes.FhirJson)
        {
            return new FhirResult(FhirClaimWriter.Write(claim, parties(), time.GetUtcNow()));
        }

        return TypedResults.Ok(claim);
    }
}
