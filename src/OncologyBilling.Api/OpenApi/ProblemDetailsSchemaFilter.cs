using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OncologyBilling.Api.OpenApi;

/// <summary>Describes the framework's RFC 9457 problem-details fields, which carry no XML documentation of ours.</summary>
internal sealed class ProblemDetailsSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["type"] = "URI of the problem type (RFC 9110 section for the status).",
        ["title"] = "Short summary of the problem.",
        ["status"] = "HTTP status code.",
        ["detail"] = "Explanation of this occurrence, when there is one.",
        ["instance"] = "URI of this occurrence, when there is one.",
        ["errors"] = "Messages keyed by the JSON path of the field the client sent (administrations[0].end); \"$\" is the whole body.",
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (!typeof(ProblemDetails).IsAssignableFrom(context.Type) || schema is not OpenApiSchema target || target.Properties is null)
        {
            return;
        }

        target.Description = context.Type == typeof(HttpValidationProblemDetails)
            ? "RFC 9457 problem details: the request could not be used."
            : "RFC 9457 problem details (e.g. 404: the resource does not exist).";
        foreach (var (name, property) in target.Properties)
        {
            if (property is OpenApiSchema concrete && Descriptions.TryGetValue(name, out var description))
            {
                concrete.Description = description;
            }
        }
    }
}
