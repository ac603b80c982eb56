using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using OncologyBilling.Api.Logging;

namespace OncologyBilling.Api.Errors;

/// <summary>
/// Turns an unhandled exception into problem details. A body the API cannot read is a 400 (or 415); anything else is
/// a 500 with a trace id. Exception text can carry input, so it is never copied into the response or the log.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        if (exception is BadHttpRequestException bad)
        {
            problem = RequestBodyProblem.From(bad);
        }
        else
        {
            ApiLog.UnhandledException(logger, exception.GetType().FullName ?? exception.GetType().Name, exception.StackTrace);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
