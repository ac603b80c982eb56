using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace OncologyBilling.Api.IntegrationTests;

public sealed class CapturingSink(ConcurrentQueue<LogEvent> events) : ILogEventSink
{
    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
}
