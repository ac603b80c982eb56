using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OncologyBilling.Api.Fhir;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OncologyBilling.Api.OpenApi;

/// <summary>
/// The FHIR bodies are FHIR resources, not our contract: a real Bundle carries many elements we do not read (meta, text,
/// identifier, extensions on every element). Their schemas therefore allow any other property and describe only the
/// shape we rely on; the Firely SDK's strict R4 parser does the validation (docs/fhir.md).
/// </summary>
internal sealed class FhirResourceSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<Type, string> ResourceTypes = new()
    {
        [typeof(FhirBundleBody)] = "Bundle",
        [typeof(FhirClaimBundleBody)] = "Bundle",
        [typeof(FhirOperationOutcomeBody)] = "OperationOutcome",
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (!ResourceTypes.TryGetValue(context.Type, out var resourceType) || schema is not OpenApiSchema target || target.Properties is null)
        {
            return;
        }

        Open(target);
        target.Required = new HashSet<string>(StringComparer.Ordinal) { "resourceType" };
        if (target.Properties.TryGetValue("resourceType", out var name) && name is OpenApiSchema nameSchema)
        {
            nameSchema.Enum = [JsonValue.Create(resourceType)];
            nameSchema.Type = JsonSchemaType.String;
        }

        if (target.Properties.TryGetValue("entry", out var entry) && entry is OpenApiSchema entries)
        {
            entries.Items = Entry();
        }
        else if (target.Properties.TryGetValue("issue", out var issue) && issue is OpenApiSchema issues)
        {
            issues.Items = Open(new OpenApiSchema { Type = JsonSchemaType.Object, Description = "An OperationOutcome.issue (severity, code, diagnostics, expression)." });
        }
    }

    // Bundle.entry: fullUrl and resource (any FHIR R4 resource, told apart by resourceType), plus any other entry element.
    private static OpenApiSchema Entry() => Open(new OpenApiSchema
    {
        Type = JsonSchemaType.Object,
        Description = "A Bundle.entry: fullUrl and resource; other entry elements (search, request, response) are allowed and not read.",
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["fullUrl"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The entry's absolute URL (urn:uuid:… or a server URL); references may use it." },
            ["resource"] = Open(new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Any FHIR R4 resource as JSON; docs/fhir.md lists the resource types and elements read.",
                Required = new HashSet<string>(StringComparer.Ordinal) { "resourceType" },
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    ["resourceType"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The resource type, such as Encounter or MedicationAdministration." },
                },
            }),
        },
    });

    private static OpenApiSchema Open(OpenApiSchema schema)
    {
        schema.AdditionalPropertiesAllowed = true;
        schema.AdditionalProperties = null;
        return schema;
    }
}
