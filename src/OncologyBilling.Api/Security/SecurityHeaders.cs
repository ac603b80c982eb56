namespace OncologyBilling.Api.Security;

/// <summary>
/// Headers on every response, errors included (set when the response starts, after any handler cleared headers):
/// no MIME sniffing, and no caching of responses that carry patient data.
/// </summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
