namespace OncologyBilling.Api.Validation;

internal static class ValidationEndpointExtensions
{
    public static RouteHandlerBuilder WithRequestValidation<TRequest>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<RequestValidationFilter<TRequest>>().ProducesValidationProblem();
}
