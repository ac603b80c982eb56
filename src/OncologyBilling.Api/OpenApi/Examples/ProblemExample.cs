using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>A problem-details example as the API writes it: the RFC 9110 type where the framework sets one, and a trace id.</summary>
internal static class ProblemExample
{
    private static readonly Dictionary<int, string> Types = new()
    {
        [401] = "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        [403] = "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        [413] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        [415] = "https://tools.ietf.org/html/rfc9110#section-15.5.16",
    };

    public static OpenApiExampleText For(int status, string title, string? detail)
    {
        var problem = new JsonObject();
        if (Types.TryGetValue(status, out var type))
        {
            problem["type"] = type;
        }

        problem["title"] = title;
        problem["status"] = status;
        if (detail is not null)
        {
            problem["detail"] = detail;
        }

        problem["traceId"] = BatchExamplesOperationFilter.ExampleTraceId;
        var key = "problem" + status.ToString(CultureInfo.InvariantCulture);
        return new(key, title, $"The {status} response as the API writes it (the traceId differs per request).", problem.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
