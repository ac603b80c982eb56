using Microsoft.AspNetCore.Mvc;

namespace OncologyBilling.Api.Security;

/// <summary>Writes the security refusals (401, 403, 413, 429) as problem details, like every other error.</summary>
internal static class SecurityProblems
{
    public const string Unauthorized = "A valid API key is required.";
    public const string UnauthorizedDetail = $"Send the key in the {ApiKeyDefaults.HeaderName} header.";
    public const string Forbidden = "The API key does not have the scope this endpoint needs.";
    public const string TooManyRequests = "Too many requests for this API key.";
    public const string TooLarge = "The request body is too large.";

    public static Task WriteAsync(HttpContext context, int status, string title, string? detail = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        return TypedResults.Problem(problem).ExecuteAsync(context);
    }
}
