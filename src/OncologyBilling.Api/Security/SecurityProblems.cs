using Microsoft.AspNetCore.Mvc;

namespace OncologyBilling.Api.Security;

/// <summary>Writes the security refusals (401, 403, 413, 429) as problem details, like every other error.</summary>
internal static class SecurityProblems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string? detail = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        return TypedResults.Problem(problem).ExecuteAsync(context);
    }
}
