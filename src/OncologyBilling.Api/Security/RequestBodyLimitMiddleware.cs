using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OncologyBilling.Api.Fhir;

namespace OncologyBilling.Api.Security;

/// <summary>
/// Enforces the body limit for the request's path: a declared Content-Length over the limit is refused at once;
/// a body without a length (chunked) is counted as it is read. Either way the caller gets 413 problem details.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.LimitFor(context.Request.Path);
        if (context.Request.ContentLength > limit)
        {
            return WriteTooLargeAsync(context, limit);
        }

        // Kestrel enforces its own feature; servers without it (the in-memory test server) get the counting stream.
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength is null)
        {
            context.Request.Body = new LimitedReadStream(context.Request.Body, limit);
        }

        return next(context);
    }

    public static Task WriteTooLargeAsync(HttpContext context, long limit) =>
        context.Request.Path.StartsWithSegments(FhirEndpoints.Prefix, StringComparison.OrdinalIgnoreCase)
            ? FhirEndpoints.TooLarge(limit).ExecuteAsync(context)
            : SecurityProblems.WriteAsync(
                context, StatusCodes.Status413PayloadTooLarge, SecurityProblems.TooLarge, $"This endpoint accepts at most {limit} bytes.");
}
