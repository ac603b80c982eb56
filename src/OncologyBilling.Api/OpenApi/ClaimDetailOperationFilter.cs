using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OncologyBilling.Api.Endpoints;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OncologyBilling.Api.OpenApi;

/// <summary>Documents the <c>detail</c> query parameter on every endpoint marked with <see cref="ClaimDetailMetadata"/>.</summary>
internal sealed class ClaimDetailOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ClaimDetailMetadata>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = ClaimDetailQuery.Name,
            In = ParameterLocation.Query,
            Required = false,
            Description = ClaimDetailQuery.Description,
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [JsonValue.Create(ClaimDetailQuery.Full), JsonValue.Create(ClaimDetailQuery.Compact)],
                Default = JsonValue.Create(ClaimDetailQuery.Full),
            },
            Example = JsonValue.Create(ClaimDetailQuery.Compact),
        });
    }
}
