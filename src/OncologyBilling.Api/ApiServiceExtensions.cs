using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.Extensions.Options;
using OncologyBilling.Api.Batch;
using OncologyBilling.Api.Endpoints;
using OncologyBilling.Api.Errors;
using OncologyBilling.Api.Fhir;
using OncologyBilling.Api.Health;
using OncologyBilling.Api.Logging;
using OncologyBilling.Api.OpenApi;
using OncologyBilling.Api.Rendering;
using OncologyBilling.Api.Security;
using OncologyBilling.Api.Serialization;
using OncologyBilling.Api.Validation;
using OncologyBilling.ReferenceData;
using OncologyBilling.Scrubber.Pipeline;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

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
            o.SerializerOptions.Converters.Add(new OffsetRequiredDateTimeOffsetConverter());
            o.SerializerOptions.Converters.Add(new CalendarDateOnlyConverter());
            // A misspelt property ("pupm") would otherwise be dropped silently and change the coding without a word.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        // Without this, outside Development a body the serializer rejects becomes a bare 400 with no problem body;
        // thrown, it reaches ApiExceptionHandler, which names the JSON path.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        ValidatorOptions.Global.PropertyNameResolver = JsonPropertyNames.Resolve;
        ValidatorOptions.Global.DisplayNameResolver = JsonPropertyNames.DisplayName;
        services.AddSingleton(sp => new ScrubRequestReader(sp.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));
        services.AddValidatorsFromAssemblyContaining<ScrubRequestValidator>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton(builder.Configuration.GetSection(ReferenceDataOptions.SectionName).Get<ReferenceDataOptions>() ?? new ReferenceDataOptions());
        services.AddClaimScrubber(ScrubberOptionsFor(builder));
        services.AddBatchScrubbing(builder.Configuration);
        services.AddClaimRendering(builder.Configuration);
        services.AddApiHealthChecks();
        services.AddApiOpenApi();
        builder.AddApiSecurity();
        return builder;
    }

    // A stage using a rule it does not declare throws in tests and Development; Production logs it (ScrubberLog 1002).
    private static ScrubberOptions ScrubberOptionsFor(WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ScrubberOptions.SectionName).Get<ScrubberOptions>() ?? new ScrubberOptions();
        if (builder.Environment.IsProduction())
        {
            options.UndeclaredRules = UndeclaredRules.Log;
        }

        return options;
    }

    public static WebApplication UseScrubberApi(this WebApplication app)
    {
        app.UseApiRequestLogging();
        app.UseApiTransportSecurity();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseApiOpenApi();
        app.UseApiAccessControl();
        app.MapApiHealthChecks();
        app.MapClaimEndpoints();
        app.MapBatchEndpoints();
        app.MapFhirEndpoints();
        app.MapRuleEndpoints();
        app.MapReferenceEndpoints();
        return app;
    }
}
