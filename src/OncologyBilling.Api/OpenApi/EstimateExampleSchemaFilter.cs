using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using OncologyBilling.Api.Contracts;
using OncologyBilling.ReferenceData.Rates;
using OncologyBilling.Scrubber.Estimate;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OncologyBilling.Api.OpenApi;

/// <summary>
/// Shows a real estimate as the Swagger example of <see cref="EstimateOutput"/>: 96413, 96415 x2 and pembrolizumab
/// (J9271) 200 mg on 2026-07-15, priced by the estimator itself from the embedded tables, so the example never drifts.
/// </summary>
internal sealed class EstimateExampleSchemaFilter : ISchemaFilter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly Lazy<JsonNode> Example = new(Build);

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (context.Type == typeof(EstimateOutput) && schema is OpenApiSchema concrete)
        {
            concrete.Example = Example.Value.DeepClone();
        }
    }

    private static JsonNode Build()
    {
        NumberedLine Line(int number, LineKind kind, string code, int units) =>
            new(number, new ClaimLine { Kind = kind, Code = code, Units = units, Explanation = "example" });
        NumberedLine[] lines =
        [
            Line(1, LineKind.Administration, "96413", 1),
            Line(2, LineKind.Administration, "96415", 2),
            Line(3, LineKind.Drug, "J9271", 200),
        ];
        var estimate = new SiteOfCareEstimator().Estimate(lines, new DateOnly(2026, 7, 15), RateTables.Shipped);
        return JsonSerializer.SerializeToNode(estimate.ToContract(), Json)!;
    }
}
