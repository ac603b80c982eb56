using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace OncologyBilling.Api.Errors;

/// <summary>Problem details for a body that could not be read: malformed JSON, a wrong type, an unknown enum value.</summary>
internal static class RequestBodyProblem
{
    public static ProblemDetails From(BadHttpRequestException exception)
    {
        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return new ProblemDetails { Status = StatusCodes.Status415UnsupportedMediaType, Title = "Send the body as application/json." };
        }

        if (exception.InnerException is JsonException json)
        {
            var path = ToClientPath(json.Path);
            return new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                [path] = ["The value could not be read: malformed JSON, a wrong type or an unknown enum value."],
            })
            { Status = StatusCodes.Status400BadRequest };
        }

        return new ProblemDetails { Status = exception.StatusCode, Title = "The request could not be read." };
    }

    /// <summary>$.administrations[0].route → administrations[0].route; the root is "$".</summary>
    private static string ToClientPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
