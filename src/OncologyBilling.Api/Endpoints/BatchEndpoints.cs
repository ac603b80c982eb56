using Microsoft.AspNetCore.Mvc;
using OncologyBilling.Api.Batch;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Endpoints;

/// <summary>POST /api/v1/claims/scrub/batch: many encounters in, one NDJSON result line per encounter out.</summary>
internal static class BatchEndpoints
{
    private const string Description =
        "For back-office runs. Send a JSON array of ScrubRequest (application/json) or one ScrubRequest per line " +
        "(application/x-ndjson; blank lines are skipped). The response is NDJSON (application/x-ndjson), streamed as each " +
        "encounter is scrubbed: one BatchEntry per encounter, in request order, {\"index\":n,\"status\":200,\"claim\":{...}} or " +
        "{\"index\":n,\"status\":400,\"problem\":{...}} with errors keyed by JSON path inside that encounter. A bad encounter " +
        "never fails the batch. Batch:MaxEncounters (default 100000) limits encounters per request: the first one past it gets a " +
        "final entry with status 413 and the batch ends there (the count is only known while streaming, so it is not an HTTP 413). " +
        "An encounter over Batch:MaxEncounterBytes (default 1 MiB) or broken JSON syntax in an array likewise ends the batch " +
        "with a final 413 or 400 entry. An empty body, or an application/json body that is not an array, is a 400 problem; " +
        "another Content-Type is a 415. The body size limit is RequestLimits:MaxBatchBodyBytes. Each encounter is read and " +
        "validated as POST /api/v1/claims/scrub reads its body; a 400 entry lists every error, the encounterId when it could be " +
        "read and the request's traceId. From curl, send NDJSON with --data-binary, which keeps the newlines (-d strips them): " +
        "curl -s http://localhost:5080/api/v1/claims/scrub/batch -H 'X-Api-Key: dev-only-key-change-me' " +
        "-H 'Content-Type: application/x-ndjson' --data-binary @encounters.ndjson (a JSON array: -H 'Content-Type: application/json' " +
        "--data-binary @encounters.json). Pick an example under Request body to try both forms.";

    public const string UnsupportedMediaType =
        "Send the batch as application/json (an array) or application/x-ndjson (one encounter per line).";

    public static IEndpointRouteBuilder MapBatchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/claims").WithTags("Claims").MapPost("/scrub/batch", ScrubBatch)
            .WithName(nameof(ScrubBatch))
            .WithSummary("Scrub many encounters in one call, streaming one NDJSON result line per encounter")
            .WithDescription(Description)
            .Accepts<IReadOnlyList<ScrubRequest>>(BatchMediaTypes.Json, BatchMediaTypes.Ndjson)
            .Produces<BatchEntry>(StatusCodes.Status200OK, BatchMediaTypes.Ndjson)
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> ScrubBatch(HttpContext http, BatchScrubber batch, [FromQuery] string? format = null)
    {
        if (format is not (null or "json" or "837"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["'format' must be json (default) or 837."] });
        }

        if (BatchMediaTypes.FormatOf(http.Request.ContentType) is not { } bodyFormat)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: UnsupportedMediaType);
        }

        var body = http.Request.BodyReader;
        var first = await BatchBodyReader.PeekAsync(body, http.RequestAborted);
        if (first is null || (bodyFormat == BatchFormat.JsonArray && first != (byte)'['))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: first is null ? "The body is empty: send encounters as a JSON array or NDJSON lines." : "An application/json batch must be a JSON array of encounters.");
        }

        await batch.StreamAsync(BatchBodyReader.ReadAsync(body, batch.CreateScanner(bodyFormat), http.RequestAborted), http.Response, format == "837", http.RequestAborted);
        return TypedResults.Empty;
    }
}
