using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using OncologyBilling.Api.Endpoints;
using OncologyBilling.Api.Errors;
using OncologyBilling.Api.Health;
using OncologyBilling.Api.Logging;
using OncologyBilling.Api.OpenApi;
using OncologyBilling.Api.Security;
using OncologyBilling.Api.Validation;
using OncologyBilling.ReferenceData;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api;

/// <summary>The API's composition: one Add and one Use, called from Program.cs.</summary>
internal static class ApiServiceExtensions
{
    public static WebApplicationBuilder AddScrubberApi(this WebApplicationBuilder builder)
    {
        builder.AddApiLogging();
        var services = builder.Services;
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        ValidatorOptions.Global.PropertyNameResolver = JsonPropertyNames.Resolve;
        services.AddValidatorsFromAssemblyContaining<ScrubRequestValidator>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton(builder.Configuration.GetSection(ReferenceDataOptions.SectionName).Get<ReferenceDataOptions>() ?? new ReferenceDataOptions());
        services.AddClaimScrubber();
        services.AddApiHealthChecks();
        services.AddApiOpenApi();
        builder.AddApiSecurity();
        return builder;
    }

    public static WebApplication UseScrubberApi(this WebApplication app)
    {
        app.UseApiTransportSecurity();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseApiRequestLogging();
        app.UseApiOpenApi();
        app.UseApiAccessControl();
        app.MapApiHealthChecks();
        app.MapClaimEndpoints();
        return app;
    }
}
