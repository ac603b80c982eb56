using System.Text.Json;
using Microsoft.Extensions.Options;
using OncologyBilling.Api.Contracts;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OncologyBilling.LoadHost;

/// <summary>
/// The load script's yardsticks for the scrub endpoint, behind the API's own authentication, rate limiting and
/// request logging. <c>PUT /load/ready-made-claim</c> stores a claim (the script sends the scrub endpoint's own
/// answer). Then each POST reads the request body to its end, as the scrub endpoint does, and answers with it:
/// <list type="bullet">
/// <item><c>POST /load/ready-made-claim</c>: the stored <see cref="ScrubbedClaim"/>, serialised per request by the
/// same result type and JSON options as the scrub endpoint; so it costs what scrub costs minus reading the JSON,
/// validating, mapping and scrubbing.</item>
/// <item><c>POST /load/ready-made-bytes</c>: the stored bytes as they came, the transport's ceiling.</item>
/// </list>
/// </summary>
internal static class ReadyMadeClaimEndpoints
{
    private static byte[] _bytes = [];
    private static ScrubbedClaim? _claim;

    public static WebApplication MapReadyMadeClaim(this WebApplication app)
    {
        var json = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        app.MapPut("/load/ready-made-claim", async (HttpRequest request) =>
        {
            using var copy = new MemoryStream();
            await request.Body.CopyToAsync(copy, request.HttpContext.RequestAborted);
            _bytes = copy.ToArray();
            _claim = JsonSerializer.Deserialize<ScrubbedClaim>(_bytes, json);
            return Results.NoContent();
        });
        app.MapPost("/load/ready-made-claim", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null, request.HttpContext.RequestAborted);
            return _claim is null ? Results.NotFound() : TypedResults.Ok(_claim);
        });
        app.MapPost("/load/ready-made-bytes", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = _bytes.Length;
            await context.Response.Body.WriteAsync(_bytes, context.RequestAborted);
        });
        return app;
    }
}
