using System.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace OncologyBilling.Api.Security;

/// <summary>
/// The API speaks only JSON, so an error is problem details whatever the Accept header asks for. Registered after
/// the framework's writer, it is used only when that one declines (e.g. <c>Accept: text/html</c>), where the
/// status-code pages would otherwise answer in plain text.
/// </summary>
internal sealed class AnyAcceptProblemDetailsWriter(IOptions<JsonOptions> json, IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(
            problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json", http.RequestAborted));
    }
}
