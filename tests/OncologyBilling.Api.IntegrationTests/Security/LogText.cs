using Serilog.Events;

namespace OncologyBilling.Api.IntegrationTests.Security;

/// <summary>Everything a captured event would put in a log line: message, properties and exception.</summary>
public static class LogText
{
    public static IEnumerable<string> Of(IEnumerable<LogEvent> events) =>
        events.Select(e => string.Join(' ', [e.RenderMessage(), .. e.Properties.Select(p => $"{p.Key}={p.Value}"), e.Exception?.ToString() ?? ""]));
}
