using System.Diagnostics;
using OncologyBilling.Api.Logging;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.Health;

/// <summary>
/// Loads and validates the reference data before the server takes requests (hosted services start first), so a
/// bad table stops the host with a clear message instead of failing the first scrub.
/// </summary>
internal sealed class ReferenceDataStartup(IReferenceDataProvider provider, ILogger<ReferenceDataStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            provider.Load();
        }
        catch (Exception ex)
        {
            ApiLog.ReferenceDataFailed(logger, ex);
            throw new InvalidOperationException("Reference data failed to load or validate; the API cannot start. See the inner exception.", ex);
        }

        var data = provider.Current;
        ApiLog.ReferenceDataLoaded(logger, data.Version, data.Tables.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
