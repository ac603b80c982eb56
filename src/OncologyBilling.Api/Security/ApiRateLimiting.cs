using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace OncologyBilling.Api.Security;

/// <summary>
/// One fixed-window limiter per API key name, so one runaway integration cannot starve the others. Runs after
/// authentication; unauthenticated requests are not partitioned (they are refused with 401 before any work).
/// </summary>
internal static class ApiRateLimiting
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section)
            .Validate(o => o.PermitsPerMinute > 0, "RateLimiting:PermitsPerMinute must be positive.").ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            options.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var name = context.User.Identity is { IsAuthenticated: true, Name: { } keyName } ? keyName : null;
        if (name is null)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        // Partitions are keyed by configured key names only, so their number is bounded by configuration.
        var permits = context.RequestServices.GetRequiredService<ApiKeyStore>().ByName(name)?.PermitsPerMinute
            ?? context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.PermitsPerMinute;
        return RateLimitPartition.GetFixedWindowLimiter(name, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = Window,
            QueueLimit = 0,
        });
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        SecurityLog.RateLimited(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiRateLimiting)), context.User.Identity?.Name ?? "");
        await SecurityProblems.WriteAsync(
            context, StatusCodes.Status429TooManyRequests, SecurityProblems.TooManyRequests, $"Retry after {seconds} seconds.");
    }
}
