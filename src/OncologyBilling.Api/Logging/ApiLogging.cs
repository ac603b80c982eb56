using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace OncologyBilling.Api.Logging;

/// <summary>
/// Serilog as structured JSON on the console. One request event per request carries method, route template,
/// status, elapsed time and the run id; never a body, a path, a query string or a patient field.
/// </summary>
internal static class ApiLogging
{
    public static WebApplicationBuilder AddApiLogging(this WebApplicationBuilder builder)
    {
        // Overrides come after ReadFrom.Configuration so that configuration cannot turn framework request logging
        // (which writes raw paths) back on.
        builder.Services.AddSerilog((services, configuration) => configuration
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.With<ClientPathRemover>()
            .WriteTo.Console(new RenderedCompactJsonFormatter()));
        return builder;
    }

    /// <summary>Call first in the pipeline, so that the event sees the final status written by the error handlers.</summary>
    public static WebApplication UseApiRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.IncludeQueryInRequestPath = false;
            options.MessageTemplate = "HTTP {RequestMethod} {RouteTemplate} responded {StatusCode} in {Elapsed:0.0000} ms";
            options.GetMessageTemplateProperties = RequestLogProperties.ForTemplate;
            options.EnrichDiagnosticContext = RequestLogProperties.Enrich;
        });
        return app;
    }
}
