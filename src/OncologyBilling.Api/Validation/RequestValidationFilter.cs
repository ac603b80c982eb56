using FluentValidation;

namespace OncologyBilling.Api.Validation;

/// <summary>Runs the request's validator; an invalid request gets 400 problem details keyed by JSON path.</summary>
internal sealed class RequestValidationFilter<TRequest>(IValidator<TRequest> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        // Filters run even when binding failed (a JSON null body binds no argument): that is a 400, not a crash.
        if (context.Arguments.OfType<TRequest>().FirstOrDefault() is not { } request)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["$"] = ["A request body is required."] });
        }

        var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
        return result.IsValid ? await next(context) : TypedResults.ValidationProblem(result.ToDictionary());
    }
}
