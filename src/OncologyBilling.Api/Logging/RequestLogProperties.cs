using Microsoft.AspNetCore.Diagnostics;
using Serilog;
using Serilog.Events;

namespace OncologyBilling.Api.Logging;

/// <summary>
/// The request event's properties. The raw path and an unknown method are client text that may carry anything,
/// so the event names the route template we declared and a method from the standard set only.
/// </summary>
internal static class RequestLogProperties
{
    private static readonly HashSet<string> KnownMethods =
        new(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT"], StringComparer.Ordinal);

    public static IEnumerable<LogEventProperty> ForTemplate(HttpContext http, string requestPath, double elapsedMs, int statusCode) =>
    [
        new("RequestMethod", new ScalarValue(KnownMethods.Contains(http.Request.Method) ? http.Request.Method : "OTHER")),
        new("StatusCode", new ScalarValue(statusCode)),
        new("Elapsed", new ScalarValue(elapsedMs)),
    ];

    public static void Enrich(IDiagnosticContext diagnostics, HttpContext http)
    {
        // The exception handler clears the endpoint before it writes the 400; the feature still holds it.
        var endpoint = http.GetEndpoint() ?? http.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        diagnostics.Set("RouteTemplate", (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)");
    }
}
