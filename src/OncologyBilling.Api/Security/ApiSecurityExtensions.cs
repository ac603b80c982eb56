using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OncologyBilling.Api.Security;

/// <summary>
/// Security composition: API keys with scopes, per-key rate limits, body and JSON limits, transport headers, CORS,
/// no server banner, graceful shutdown. See docs/security.md for what each control stops.
/// </summary>
internal static class ApiSecurityExtensions
{
    public static WebApplicationBuilder AddApiSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        services.AddOptions<HostOptions>().Configure<IConfiguration>((host, configuration) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(configuration.GetValue("Shutdown:TimeoutSeconds", 25)));

        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>();
        services.AddSingleton<ApiKeyStore>();
        // Core authentication only: AddAuthentication() would also start Data Protection and write a key ring to
        // disk, which nothing here uses (no cookies, no tokens).
        services.AddAuthenticationCore(o => o.DefaultScheme = ApiKeyDefaults.SchemeName).AddWebEncoders();
        services.TryAddSingleton(TimeProvider.System);
        new AuthenticationBuilder(services)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.SchemeName, null);
        services.AddSingleton<IAuthorizationHandler, EndpointScopeRequirement>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyDefaults.ScrubScope, p => p.RequireClaim(ApiKeyDefaults.ScopeClaim, ApiKeyDefaults.ScrubScope))
            .AddPolicy(ApiKeyDefaults.ReadScope, p => p.RequireClaim(ApiKeyDefaults.ScopeClaim, ApiKeyDefaults.ReadScope))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new EndpointScopeRequirement()).Build());

        services.AddApiRateLimiting();
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.Section)
            .Validate(o => o.MaxBodyBytes > 0 && o.MaxBatchBodyBytes > 0 && o.MaxJsonDepth > 0, "RequestLimits must be positive.").ValidateOnStart();
        services.AddOptions<JsonOptions>().Configure<IOptions<RequestLimitsOptions>>((json, limits) =>
            json.SerializerOptions.MaxDepth = limits.Value.MaxJsonDepth);
        services.AddOptions<TransportOptions>().BindConfiguration(TransportOptions.Section);
        services.AddApiCors(builder.Configuration);
        services.AddApiKeyOpenApi();
        services.AddSingleton<IProblemDetailsWriter, AnyAcceptProblemDetailsWriter>();
        return builder;
    }

    /// <summary>First in the pipeline: headers, HTTPS and CORS apply to every response, Swagger UI and errors included.</summary>
    public static WebApplication UseApiTransportSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            if (app.Services.GetRequiredService<IOptions<TransportOptions>>().Value.HttpsRedirection)
            {
                app.UseHttpsRedirection();
            }
        }

        app.UseCors();
        return app;
    }

    /// <summary>After Swagger UI (which stays open) and before the endpoints: who may call, how often, how much.</summary>
    public static WebApplication UseApiAccessControl(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<ApiKeyStore>();
        if (store.Count == 0)
        {
            SecurityLog.NoKeysConfigured(app.Logger);
        }
        else
        {
            SecurityLog.KeysConfigured(app.Logger, store.Count);
        }

        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }
}
