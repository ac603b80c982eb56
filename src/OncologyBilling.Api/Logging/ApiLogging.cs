using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace OncologyBilling.Api.Logging;

/// <summary>
/// Serilog as structured JSON on the console. One request event per request carries method, route template,
/// status, elapsed time and the run id; never a body, a query string or a patient field.
/// </summary>
internal static class ApiLogging
{
    public static WebApplicationBuilder AddApiLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, configuration) => configuration
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(new RenderedCompactJsonFormatter()),
            // Each host keeps its own logger instead of replacing the static Log.Logger: with several hosts in one
            // process (the tests), events would otherwise go to whichever host started last.
            preserveStaticLogger: true);
        return builder;
    }

    public static WebApplication UseApiRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.IncludeQueryInRequestPath = false;
            options.MessageTemplate = "HTTP {RequestMethod} {RouteTemplate} responded {StatusCode} in {Elapsed:0.0000} ms";
            options.EnrichDiagnosticContext = (diagnostics, http) =>
                diagnostics.Set("RouteTemplate", (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)");
        });
        return app;
    }
}
