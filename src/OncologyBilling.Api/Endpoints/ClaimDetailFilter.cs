using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Serialization;

namespace OncologyBilling.Api.Endpoints;

/// <summary>
/// The <c>detail</c> option on an endpoint that returns a scrubbed claim: an invalid value is a 400 naming the
/// parameter before anything is read; with compact, a JSON claim the handler returned in full is written compact.
/// </summary>
internal sealed class ClaimDetailFilter(ClaimJson json) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!ClaimDetailQuery.TryRead(context.HttpContext.Request, out var detail))
        {
            return TypedResults.ValidationProblem(ClaimDetailQuery.Invalid);
        }

        var result = await next(context);
        return detail == ClaimDetail.Compact && result is Microsoft.AspNetCore.Http.HttpResults.Ok<ScrubbedClaim> { Value: { } claim }
            ? TypedResults.Json(claim, json.Claim(ClaimDetail.Compact))
            : result;
    }
}

/// <summary>Marks an endpoint as taking the <c>detail</c> option, for its filter and its OpenAPI parameter.</summary>
internal sealed class ClaimDetailMetadata
{
    public static readonly ClaimDetailMetadata Instance = new();
}

internal static class ClaimDetailEndpointExtensions
{
    /// <summary>Adds the <c>?detail=full|compact</c> option (<see cref="ClaimDetailFilter"/>) to an endpoint returning a claim.</summary>
    public static TBuilder WithClaimDetail<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ClaimDetailFilter>().WithMetadata(ClaimDetailMetadata.Instance);
}
