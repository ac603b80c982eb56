using Serilog.Events;

namespace OncologyBilling.Api.IntegrationTests.Support;

/// <summary>
/// Everything a log event could show a reader: template, rendered message, every property value (nested), exception.
/// The one log inspector of the privacy and leak tests.
/// </summary>
public static class LogText
{
    public static IEnumerable<string> Of(IEnumerable<LogEvent> events) => events.Select(Of);

    public static string Of(LogEvent logEvent) => string.Join(
        '\n',
        new[] { logEvent.MessageTemplate.Text, logEvent.RenderMessage(), logEvent.Exception?.ToString() ?? string.Empty }
            .Concat(logEvent.Properties.Select(p => $"{p.Key}={Render(p.Value)}")));

    private static string Render(LogEventPropertyValue value) => value switch
    {
        ScalarValue scalar => scalar.Value?.ToString() ?? "null",
        SequenceValue sequence => string.Join(',', sequence.Elements.Select(Render)),
        StructureValue structure => structure.TypeTag + "{" + string.Join(',', structure.Properties.Select(p => $"{p.Name}={Render(p.Value)}")) + "}",
        DictionaryValue dictionary => string.Join(',', dictionary.Elements.Select(e => $"{Render(e.Key)}={Render(e.Value)}")),
        _ => value.ToString(),
    };
}
