using System.Text;
using System.Text.Json;
using OncologyBilling.Api.Fhir.Output;
using OncologyBilling.Api.X12;
using OncologyBilling.X12.Rendering;

namespace OncologyBilling.Api.Rendering;

/// <summary>
/// The one place that picks a scrubbed claim's representation by Accept, for both scrub endpoints: the JSON contract
/// (default), a FHIR R4 Claim Bundle (Claim + OperationOutcome) or an X12 837. An Accept that names none of them gets
/// the JSON contract, not a 406 (RFC 9110 §12.5.1 allows either; existing clients keep working).
/// </summary>
internal sealed class ClaimResponder(X12ClaimRenderer x12, TimeProvider time)
{
    public const string RunIdHeader = "X-Run-Id";
    public const string StatusHeader = "X-Claim-Status";

    /// <summary>The media types written, JSON first: it is the default and wins ties.</summary>
    public static readonly string[] MediaTypes = [ClaimMediaTypes.Json, ClaimMediaTypes.FhirJson, ClaimMediaTypes.X12];

    public IResult Respond(HttpContext http, ClaimSources claim) => ClaimMediaTypes.Choose(http.Request, MediaTypes) switch
    {
        ClaimMediaTypes.X12 => X12(http, claim),
        ClaimMediaTypes.FhirJson => new FhirResult(FhirClaimWriter.Write(claim.Contract(), claim.Parties(), time.GetUtcNow())),
        _ => TypedResults.Ok(claim.Contract()),
    };

    /// <summary>For the batch: the 837 text, or the problem that stopped it.</summary>
    public X12Rendering RenderX12(X12Claim claim) => x12.Render(claim);

    private IResult X12(HttpContext http, ClaimSources claim)
    {
        // Not the claim body: the status and run id let an X12 client tell needsReview from clean without the JSON.
        http.Response.Headers[RunIdHeader] = claim.Result.RunId.ToString();
        http.Response.Headers[StatusHeader] = JsonNamingPolicy.CamelCase.ConvertName(claim.Result.Status.ToString());
        var rendering = x12.Render(claim.X12Claim());
        if (rendering.Succeeded)
        {
            return TypedResults.Text(rendering.Text!, ClaimMediaTypes.X12, Encoding.UTF8);
        }

        var problems = claim.ProblemKey is { } rename ? [.. rendering.Problems.Select(p => Renamed(p, rename))] : rendering.Problems;
        return TypedResults.Problem(X12Problems.From(problems));
    }

    private static X12Problem Renamed(X12Problem problem, Func<string, string> rename)
    {
        var key = problem.Key.StartsWith("X12:", StringComparison.Ordinal) ? problem.Key : rename(problem.Key);
        return key == problem.Key ? problem : new X12Problem(key, problem.Message.Replace(problem.Key, key, StringComparison.Ordinal));
    }
}
