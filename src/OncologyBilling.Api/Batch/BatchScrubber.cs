using System.Diagnostics;
using System.Text.Json;
using FluentValidation;
using Microsoft.Extensions.Options;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Scrubber.Pipeline;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OncologyBilling.Api.Batch;

/// <summary>
/// Scrubs a stream of encounters one at a time with the single endpoint's validator, mapping and scrubber,
/// writing each result as soon as it exists. A bad encounter becomes its own entry; it never fails the batch.
/// </summary>
internal sealed class BatchScrubber(
    IValidator<ScrubRequest> validator,
    ClaimScrubber scrubber,
    IOptions<BatchOptions> batchOptions,
    IOptions<JsonOptions> jsonOptions,
    ILogger<BatchScrubber> logger)
{
    private readonly JsonSerializerOptions _json = jsonOptions.Value.SerializerOptions;

    public BatchOptions Options { get; } = batchOptions.Value;

    public IBatchScanner CreateScanner(BatchFormat format)
    {
        var parser = new EncounterParser(_json);
        return format == BatchFormat.Ndjson
            ? new NdjsonScanner(parser, Options.MaxEncounterBytes)
            : new JsonArrayScanner(parser, Options.MaxEncounterBytes);
    }

    public async Task StreamAsync(IAsyncEnumerable<BatchItem> items, HttpResponse response, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var (count, errors) = (0, 0);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = BatchMediaTypes.Ndjson;
        // Started up front: a failure past this point aborts the connection instead of appending a problem to the stream.
        await response.StartAsync(cancellationToken);
        using var writer = new BatchResponseWriter(response.BodyWriter, _json);
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            var overLimit = item.Index >= Options.MaxEncounters;
            var entry = overLimit ? Entry(Options.MaxEncounters, BatchProblems.TooManyEncounters(Options.MaxEncounters)) : Scrub(item);
            writer.Write(entry);
            count++;
            errors += entry.Status == StatusCodes.Status200OK ? 0 : 1;
            if (overLimit || item.Final)
            {
                break;
            }

            await writer.FlushIfDueAsync(cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        BatchLog.BatchCompleted(logger, count, errors, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private BatchEntry Scrub(BatchItem item)
    {
        if (item.Request is not { } request)
        {
            return Entry(item.Index, item.Problem!);
        }

        try
        {
            var validation = validator.Validate(request);
            return validation.IsValid
                ? new BatchEntry { Index = item.Index, Status = StatusCodes.Status200OK, Claim = scrubber.Scrub(request.ToEncounter()).ToContract() }
                : Entry(item.Index, BatchProblems.Invalid(validation));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One encounter that trips a bug must not take the rest of the batch down with it.
            BatchLog.EncounterFailed(logger, item.Index, exception.GetType().Name);
            return Entry(item.Index, BatchProblems.ScrubFailed());
        }
    }

    private static BatchEntry Entry(int index, HttpValidationProblemDetails problem) =>
        new() { Index = index, Status = problem.Status ?? StatusCodes.Status400BadRequest, Problem = problem };
}
