using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.Extensions.Options;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Rendering;
using OncologyBilling.Api.Serialization;
using OncologyBilling.Api.Validation;
using OncologyBilling.Api.X12;
using OncologyBilling.Scrubber.Pipeline;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OncologyBilling.Api.Batch;

/// <summary>
/// Scrubs a stream of encounters with the single endpoint's validator, mapping and scrubber. Each chunk read from
/// the body is scrubbed and serialized in parallel, then written in request order. A bad encounter becomes its own
/// entry; it never fails the batch.
/// </summary>
internal sealed class BatchScrubber(
    IValidator<ScrubRequest> validator,
    ScrubRequestReader reader,
    ClaimScrubber scrubber,
    ClaimResponder responder,
    IOptions<BatchOptions> batchOptions,
    IOptions<JsonOptions> jsonOptions,
    ILogger<BatchScrubber> logger)
{
    private const int SliceSize = 32;

    private readonly JsonSerializerOptions _json = jsonOptions.Value.SerializerOptions;

    public BatchOptions Options { get; } = batchOptions.Value;

    public IBatchScanner CreateScanner(BatchFormat format)
    {
        var parser = new EncounterParser(reader);
        return format == BatchFormat.Ndjson
            ? new NdjsonScanner(parser, Options.MaxEncounterBytes)
            : new JsonArrayScanner(parser, Options.MaxEncounterBytes);
    }

    public async Task StreamAsync(IAsyncEnumerable<IReadOnlyList<BatchItem>> chunks, HttpResponse response, bool x12, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var traceId = Activity.Current?.Id ?? response.HttpContext.TraceIdentifier;
        var tally = new BatchTally();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = BatchMediaTypes.Ndjson;
        // Started up front: a failure past this point aborts the connection instead of appending a problem to the stream.
        await response.StartAsync(cancellationToken);
        var writer = new BatchResponseWriter(response.BodyWriter);
        await foreach (var chunk in chunks.WithCancellation(cancellationToken))
        {
            var allowed = CountUnderLimit(chunk);
            // Slices keep the claims in flight few (a claim serializes to ~18 KB), so memory stays flat.
            for (var start = 0; start < allowed; start += SliceSize)
            {
                foreach (var (json, ok) in ScrubAll(chunk, start, Math.Min(SliceSize, allowed - start), traceId, x12))
                {
                    writer.WriteLine(json);
                    tally.Add(ok);
                }

                await writer.FlushIfDueAsync(cancellationToken);
            }

            if (allowed < chunk.Count)
            {
                writer.WriteLine(JsonSerializer.SerializeToUtf8Bytes(Entry(Options.MaxEncounters, BatchProblems.TooManyEncounters(Options.MaxEncounters), traceId), _json));
                tally.Add(ok: false);
                break;
            }
        }

        await writer.FlushAsync(cancellationToken);
        BatchLog.BatchCompleted(logger, tally.Count, tally.Errors, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private int CountUnderLimit(IReadOnlyList<BatchItem> chunk)
    {
        var allowed = 0;
        while (allowed < chunk.Count && chunk[allowed].Index < Options.MaxEncounters)
        {
            allowed++;
        }

        return allowed;
    }

    private (byte[] Json, bool Ok)[] ScrubAll(IReadOnlyList<BatchItem> chunk, int start, int count, string traceId, bool x12)
    {
        var results = new (byte[] Json, bool Ok)[count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Options.MaxParallelism) };
        Parallel.For(0, count, parallel, i =>
        {
            var entry = Scrub(chunk[start + i], traceId, x12);
            results[i] = (JsonSerializer.SerializeToUtf8Bytes(entry, _json), entry.Status == StatusCodes.Status200OK);
        });
        return results;
    }

    private BatchEntry Scrub(BatchItem item, string traceId, bool x12)
    {
        if (item.Read is not { } read)
        {
            return Entry(item.Index, item.Problem!, traceId);
        }

        try
        {
            var validation = read.Request is { } request ? validator.Validate(request) : null;
            var errors = RequestErrors.Merge(read.Errors, validation);
            if (errors.Count > 0)
            {
                return Entry(item.Index, BatchProblems.Invalid(errors), traceId, EncounterIdOf(read.Request));
            }

            var valid = read.Request!;
            var encounter = valid.ToEncounter();
            var result = scrubber.Scrub(encounter);
            if (!x12)
            {
                return new BatchEntry { Index = item.Index, Status = StatusCodes.Status200OK, Claim = result.ToContract() };
            }

            var rendering = responder.RenderX12(valid.ToX12Claim(encounter, result));
            return rendering.Succeeded
                ? new BatchEntry { Index = item.Index, Status = StatusCodes.Status200OK, Claim = result.ToContract(), X12 = rendering.Text }
                : Entry(item.Index, X12Problems.From(rendering.Problems), traceId, EncounterIdOf(read.Request));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One encounter that trips a bug must not take the rest of the batch down with it.
            BatchLog.EncounterFailed(logger, item.Index, exception.GetType().Name);
            return Entry(item.Index, BatchProblems.ScrubFailed(), traceId);
        }
    }

    /// <summary>The client's encounter id, echoed on its error entry only when it is a well-formed one.</summary>
    private static string? EncounterIdOf(ScrubRequest? request) =>
        request?.EncounterId is { } id && Regex.IsMatch(id, Formats.EncounterId) ? id : null;

    private static BatchEntry Entry(int index, HttpValidationProblemDetails problem, string traceId, string? encounterId = null)
    {
        problem.Extensions["traceId"] = traceId;
        return new() { Index = index, Status = problem.Status ?? StatusCodes.Status400BadRequest, EncounterId = encounterId, Problem = problem };
    }
}
