using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FluentValidation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.OpenApi.Examples;
using OncologyBilling.Api.Serialization;
using OncologyBilling.Scrubber.Estimate;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.Batch;

/// <summary>
/// After start-up, runs the request path (read, validate, scrub, map, write, full and compact) on a built-in example
/// encounter a few times in the background, so JIT and tiered compilation happen before the first batch instead of
/// in its first seconds. A logger-less scrubber over the same stages: nobody asked for these scrubs, so they write
/// no scrub events. Batch:WarmUpScrubs = 0 turns it off; it never delays readiness and never stops the host.
/// </summary>
internal sealed class ScrubWarmUp(
    IServiceProvider services, IReferenceDataProvider referenceData, IOptions<BatchOptions> options, IHostApplicationLifetime lifetime,
    ILogger<ScrubWarmUp> logger) : IHostedService
{
    private const int Rounds = 4;

    // Between rounds the runtime promotes the methods called often enough to optimized code (tiered compilation).
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(150);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var scrubs = options.Value.WarmUpScrubs;
        if (scrubs > 0)
        {
            lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => RunAsync(scrubs, lifetime.ApplicationStopping)));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RunAsync(int scrubs, CancellationToken stopping)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (!referenceData.IsReady)
            {
                return;
            }

            // Resolved only now: the stages and tables are built from reference data that is loaded by this point.
            var scrubber = new ClaimScrubber(
                services.GetRequiredService<IEnumerable<IScrubStage>>(), referenceData, services.GetRequiredService<ScrubberOptions>(),
                NullLogger<ClaimScrubber>.Instance, services.GetRequiredService<SiteOfCareEstimator>());
            var path = new RequestPath(
                services.GetRequiredService<ScrubRequestReader>(), services.GetRequiredService<IValidator<ScrubRequest>>(), scrubber,
                services.GetRequiredService<ClaimJson>());
            var body = new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(OfficeChemotherapyDayExample.Value.Json));
            var buffer = new ArrayBufferWriter<byte>(32 * 1024);
            for (var round = 0; round < Rounds && !stopping.IsCancellationRequested; round++)
            {
                for (var i = 0; i < (scrubs + Rounds - 1) / Rounds; i++)
                {
                    path.Run(body, buffer);
                }

                await Task.Delay(Pause, stopping);
            }

            BatchLog.WarmUpCompleted(logger, scrubs, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException)
        {
            // The host is stopping: nothing to warm up for.
        }
        catch (Exception exception) when (exception is InvalidOperationException or JsonException or ObjectDisposedException)
        {
            BatchLog.WarmUpFailed(logger, exception.GetType().Name);
        }
    }

    /// <summary>One request's work, as the endpoints do it.</summary>
    private sealed record RequestPath(ScrubRequestReader Reader, IValidator<ScrubRequest> Validator, ClaimScrubber Scrubber, ClaimJson Json)
    {
        public void Run(ReadOnlySequence<byte> body, ArrayBufferWriter<byte> buffer)
        {
            var request = Reader.Read(body).Request ?? throw new InvalidOperationException("The warm-up example does not read.");
            if (!Validator.Validate(request).IsValid)
            {
                throw new InvalidOperationException("The warm-up example is not valid.");
            }

            var result = Scrubber.Scrub(request.ToEncounter());
            foreach (var detail in (ReadOnlySpan<ClaimDetail>)[ClaimDetail.Full, ClaimDetail.Compact])
            {
                buffer.ResetWrittenCount();
                using var writer = new Utf8JsonWriter(buffer);
                var entry = new BatchEntry { Index = 0, Status = StatusCodes.Status200OK, Claim = result.ToContract(detail) };
                JsonSerializer.Serialize(writer, entry, Json.Entry(detail));
            }
        }
    }
}
