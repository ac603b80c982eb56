using System.Text;
using System.Text.Json;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.X12;
using OncologyBilling.X12.Rendering;

namespace OncologyBilling.Api.Rendering;

/// <summary>
/// The one place that picks a scrubbed claim's representation by Accept: the JSON contract (default) or an X12 837.
/// A new representation (FHIR Claim) is one more media type here, not a branch in each endpoint.
/// </summary>
internal sealed class ClaimResponder(X12ClaimRenderer x12)
{
    public const string RunIdHeader = "X-Run-Id";
    public const string StatusHeader = "X-Claim-Status";

    public IResult Respond(HttpContext http, ScrubResult result, Func<X12Claim> x12Claim)
    {
        if (ClaimMediaTypes.Choose(http.Request, ClaimMediaTypes.Json, ClaimMediaTypes.X12) == ClaimMediaTypes.X12)
        {
            // Not the claim body: the status and run id let an X12 client tell needsReview from clean without the JSON.
            http.Response.Headers[RunIdHeader] = result.RunId.ToString();
            http.Response.Headers[StatusHeader] = JsonNamingPolicy.CamelCase.ConvertName(result.Status.ToString());
            var rendering = x12.Render(x12Claim());
            return rendering.Succeeded
                ? TypedResults.Text(rendering.Text!, ClaimMediaTypes.X12, Encoding.UTF8)
                : TypedResults.Problem(X12Problems.From(rendering.Problems));
        }

        return TypedResults.Ok(result.ToContract());
    }

    /// <summary>For the batch: the 837 text, or the problem that stopped it.</summary>
    public X12Rendering RenderX12(X12Claim claim) => x12.Render(claim);
}
