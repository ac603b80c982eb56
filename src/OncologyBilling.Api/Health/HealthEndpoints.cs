using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace OncologyBilling.Api.Health;

/// <summary>/health/live answers while the process runs; /health/ready only once reference data has loaded and validated.</summary>
internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddApiHealthChecks(this IServiceCollection services)
    {
        services.AddHostedService<ReferenceDataStartup>();
        services.AddHealthChecks().AddCheck<ReferenceDataHealthCheck>("reference-data", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapApiHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }
}
