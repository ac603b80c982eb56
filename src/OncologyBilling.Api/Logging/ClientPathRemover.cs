using Serilog.Core;
using Serilog.Events;

namespace OncologyBilling.Api.Logging;

/// <summary>
/// ASP.NET Core's request log scope attaches the raw request path to every event written during a request. The path
/// is client text (it could carry an identifier), so it is removed; events name the route template instead.
/// </summary>
internal sealed class ClientPathRemover : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory) => logEvent.RemovePropertyIfPresent("RequestPath");
}
