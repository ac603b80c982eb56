using Microsoft.Extensions.Diagnostics.HealthChecks;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.Health;

/// <summary>Ready only once the provider reports its reference data loaded and validated.</summary>
internal sealed class ReferenceDataHealthCheck(IReferenceDataProvider provider) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(provider.IsReady
            ? HealthCheckResult.Healthy("Reference data loaded and validated.")
            : HealthCheckResult.Unhealthy("Reference data has not loaded."));
}
