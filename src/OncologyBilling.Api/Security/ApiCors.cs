namespace OncologyBilling.Api.Security;

/// <summary>
/// CORS is closed: no browser origin may call the API unless <c>Cors:AllowedOrigins</c> lists it. The callers are
/// servers (EHR integrations); a browser origin is an explicit decision.
/// </summary>
internal static class ApiCors
{
    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure(options =>
        {
            var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
            if (origins.Length > 0)
            {
                options.AddDefaultPolicy(policy => policy.WithOrigins(origins)
                    .WithMethods(HttpMethods.Get, HttpMethods.Post)
                    .WithHeaders(ApiKeyDefaults.HeaderName, "Content-Type"));
            }
        });
        return services;
    }
}
