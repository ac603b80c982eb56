using System.Collections.Concurrent;
using Serilog.Events;

namespace OncologyBilling.Api.IntegrationTests.Support;

/// <summary>The request-log events of a capture. The middleware writes its event after the response is handed over, so wait for it.</summary>
public static class RequestLogEvents
{
    private const string Source = "\"Serilog.AspNetCore.RequestLoggingMiddleware\"";

    public static bool IsRequestEvent(LogEvent e) =>
        e.Properties.TryGetValue("SourceContext", out var source) && source.ToString() == Source;

    public static async Task<LogEvent[]> WaitForAsync(ConcurrentQueue<LogEvent> events, int count)
    {
        // Synchronisation only (the event is written on the server's side of the in-memory pipe), not a timing assertion.
        for (var i = 0; i < 200 && events.Count(IsRequestEvent) < count; i++)
        {
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        return [.. events.Where(IsRequestEvent)];
    }
}
