using FluentValidation;

namespace OncologyBilling.Api.Validation;

/// <summary>
/// Runs the request's validator; an invalid request gets 400 problem details keyed by the JSON path the client sent.
/// A body that is JSON null reaches the filter as no argument and is answered the same way, keyed "$".
/// </summary>
internal sealed class RequestValidationFilter<TRequest>(IValidator<TRequest> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<TRequest>().SingleOrDefault() is not { } request)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["$"] = ["A JSON request body is required."] });
        }

        var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
        return result.IsValid ? await next(context) : TypedResults.ValidationProblem(result.ToDictionary());
    }
}
