using Microsoft.Extensions.Diagnostics.HealthChecks;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.Health;

internal sealed class ReferenceDataHealthCheck(IReferenceDataProvider provider) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(provider.IsReady
            ? HealthCheckResult.Healthy("Reference data loaded.")
            : HealthCheckResult.Unhealthy("Reference data has not loaded."));
}
