using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Scrubber.Estimate;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>
/// The 200 response examples: each request example as the scrubber really answers it, run when the document is
/// generated, with a fixed run id, so an example cannot drift from the engine.
/// </summary>
internal sealed class ScrubbedClaimExample(
    IEnumerable<IScrubStage> stages, IReferenceDataProvider referenceData, ScrubberOptions options, SiteOfCareEstimator estimator)
{
    /// <summary>The examples' runId (a real scrub mints a new one per request).</summary>
    public static readonly Guid RunId = new("0195a3c2-7d10-7a5e-9c41-3f0e8b2d6a11");

    /// <summary>The key of the response example that answers <paramref name="request"/>.</summary>
    public static string KeyFor(OpenApiExampleText request) => request.Key + "Scrubbed";

    public OpenApiExampleText Build(OpenApiExampleText request, JsonSerializerOptions json)
    {
        var claim = Scrub(request.Json, json);
        return new(
            KeyFor(request),
            $"{request.Summary}, as scrubbed",
            $"The scrubber's answer to the {request.Key} request example, generated when this document is built (fixed runId).",
            JsonSerializer.Serialize(claim, json));
    }

    /// <summary>The claim for a request text, as the endpoint would return it but with the fixed run id.</summary>
    public ScrubbedClaim Scrub(string requestJson, JsonSerializerOptions json)
    {
        var request = JsonSerializer.Deserialize<ScrubRequest>(requestJson, json)
            ?? throw new InvalidOperationException("A request example is empty.");
        // A logger-less scrubber: generating the document is not a scrub anyone asked for, so it writes no scrub event.
        var scrubber = new ClaimScrubber(stages, referenceData, options, NullLogger<ClaimScrubber>.Instance, estimator);
        return (scrubber.Scrub(request.ToEncounter()) with { RunId = RunId }).ToContract();
    }
}
