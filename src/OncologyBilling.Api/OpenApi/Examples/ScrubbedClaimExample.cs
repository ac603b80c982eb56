using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Scrubber.Estimate;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>
/// The 200 response example: the office chemotherapy day request example as the scrubber really answers it, run when
/// the document is generated, with a fixed run id, so the example cannot drift from the engine.
/// </summary>
internal sealed class ScrubbedClaimExample(
    IEnumerable<IScrubStage> stages, IReferenceDataProvider referenceData, ScrubberOptions options, SiteOfCareEstimator estimator)
{
    /// <summary>The example's runId (a real scrub mints a new one per request).</summary>
    public static readonly Guid RunId = new("0195a3c2-7d10-7a5e-9c41-3f0e8b2d6a11");

    public OpenApiExampleText Build(JsonSerializerOptions json)
    {
        var request = JsonSerializer.Deserialize<ScrubRequest>(OfficeChemotherapyDayExample.Value.Json, json)
            ?? throw new InvalidOperationException("The office chemotherapy day example is empty.");
        // A logger-less scrubber: generating the document is not a scrub anyone asked for, so it writes no scrub event.
        var scrubber = new ClaimScrubber(stages, referenceData, options, NullLogger<ClaimScrubber>.Instance, estimator);
        var claim = (scrubber.Scrub(request.ToEncounter()) with { RunId = RunId }).ToContract();
        return new(
            "officeChemotherapyDayScrubbed",
            "Office chemotherapy day, as scrubbed",
            "The scrubber's answer to the officeChemotherapyDay request example, generated when this document is built (fixed runId).",
            JsonSerializer.Serialize(claim, json));
    }
}
