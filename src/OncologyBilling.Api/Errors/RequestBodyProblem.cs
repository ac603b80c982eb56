using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace OncologyBilling.Api.Errors;

/// <summary>
/// Problem details for a body that could not be read: malformed JSON, a wrong type, an unknown enum value, no body.
/// Keyed by the JSON path the serializer stopped at; the client's value is never echoed.
/// </summary>
internal static class RequestBodyProblem
{
    public const string UnreadableValue =
        "The value could not be read: the JSON is malformed, or the value has the wrong type or is not one of the allowed values.";

    public const string UnsupportedMediaType = "Send the body as application/json.";

    public const string MissingBody = "A JSON request body is required.";

    public static ProblemDetails From(BadHttpRequestException exception) => exception switch
    {
        { StatusCode: StatusCodes.Status415UnsupportedMediaType } =>
            new ProblemDetails { Status = StatusCodes.Status415UnsupportedMediaType, Title = UnsupportedMediaType },
        { InnerException: JsonException json } => Validation(ToClientPath(json.Path), UnreadableValue),
        { StatusCode: StatusCodes.Status400BadRequest } => Validation("$", MissingBody),
        _ => new ProblemDetails { Status = exception.StatusCode, Title = "The request could not be read." },
    };

    /// <summary>$.administrations[0].route → administrations[0].route; the root stays "$".</summary>
    public static string ToClientPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$"
        : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
        : path;

    private static ValidationProblemDetails Validation(string path, string message) =>
        new(new Dictionary<string, string[]> { [path] = [message] }) { Status = StatusCodes.Status400BadRequest };
}
