using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using OncologyBilling.Api.OpenApi.Examples;
using OncologyBilling.Api.Security;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OncologyBilling.Api.OpenApi;

/// <summary>
/// Documents the refusals every operation can answer before its handler runs (401, 403, 429; 413 and 415 where there
/// is a body) as problem details, each with an example carrying the title the API really writes.
/// </summary>
internal sealed class ErrorResponsesOperationFilter(IOptions<RequestLimitsOptions> limits) : IOperationFilter
{
    private const string ProblemJson = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        Add(operation, schema, 401, "No API key, or not a valid one, in X-Api-Key.", SecurityProblems.Unauthorized, SecurityProblems.UnauthorizedDetail);
        Add(operation, schema, 403, "The API key lacks the scope this operation needs (scrub or read).", SecurityProblems.Forbidden, null);
        Add(operation, schema, 429, "Too many requests for this API key this minute; see Retry-After.", SecurityProblems.TooManyRequests, "Retry after 42 seconds.");
        if (operation.RequestBody is null)
        {
            return;
        }

        var path = "/" + context.ApiDescription.RelativePath;
        var limit = limits.Value.LimitFor(path).ToString(CultureInfo.InvariantCulture);
        Add(operation, schema, 413, $"The body is over the size limit ({limit} bytes here).", SecurityProblems.TooLarge, $"This endpoint accepts at most {limit} bytes.");
        // Routing answers it before the handler (the operation declares the media types it accepts), with the reason phrase.
        var accepted = string.Join(" or ", operation.RequestBody.Content?.Keys ?? []);
        Add(operation, schema, 415, $"The Content-Type is not one this operation reads ({accepted}).", "Unsupported Media Type", null);
    }

    private static void Add(OpenApiOperation operation, IOpenApiSchema schema, int status, string description, string title, string? detail)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        operation.Responses ??= [];
        if (operation.Responses.ContainsKey(key))
        {
            return;
        }

        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [ProblemJson] = new() { Schema = schema } },
        };
        OpenApiExamples.Add(response.Content, ProblemJson, [ProblemExample.For(status, title, detail)]);
        operation.Responses[key] = response;
    }
}
