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
        // (which writes raw paths) back on. preserveStaticLogger: each host writes through its own logger, not the
        // process-wide Log.Logger, so hosts in one process (the tests) never write into each other's sinks.
        builder.Services.AddSerilog(
            (services, configuration) => configuration
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .Enrich.With<ClientPathRemover>()
                .WriteTo.Console(new RenderedCompactJsonFormatter()),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>Call first in the pipeline, so that the event sees the final status written by the error handlers.</summary>
    public static WebApplication UseApiRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // This host's logger (registered because the static one is preserved), never the process-wide one.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.IncludeQueryInRequestPath = false;
            options.MessageTemplate = "HTTP {RequestMethod} {RouteTemplate} responded {StatusCode} in {Elapsed:0.0000} ms";
            options.GetMessageTemplateProperties = RequestLogProperties.ForTemplate;
            options.EnrichDiagnosticContext = RequestLogProperties.Enrich;
        });
        return app;
    }
}
