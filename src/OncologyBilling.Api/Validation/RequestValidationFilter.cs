using FluentValidation;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Serialization;

namespace OncologyBilling.Api.Validation;

/// <summary>
/// Validates what could be read of the body and answers a 400 with every read and validation error at once, keyed
/// by the JSON path the client sent; only a request with none reaches the handler.
/// </summary>
internal sealed class RequestValidationFilter(IValidator<ScrubRequest> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var read = context.Arguments.OfType<ScrubRequestBody>().Single().Read;
        var validation = read.Request is { } request ? await validator.ValidateAsync(request, context.HttpContext.RequestAborted) : null;
        var errors = RequestErrors.Merge(read.Errors, validation);
        return errors.Count == 0 ? await next(context) : TypedResults.ValidationProblem(errors);
    }
}
