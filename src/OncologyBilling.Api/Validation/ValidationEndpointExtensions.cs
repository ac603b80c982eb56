namespace OncologyBilling.Api.Validation;

internal static class ValidationEndpointExtensions
{
    public static RouteHandlerBuilder WithRequestValidation(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<RequestValidationFilter>().ProducesValidationProblem();
}
