using System.Reflection;
using Microsoft.OpenApi;
using OncologyBilling.Api.Serialization;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OncologyBilling.Api.OpenApi;

/// <summary>
/// Describes an enum schema with the type's summary and one line per value as the client spells it
/// (<c>ivPush</c>, <c>mL</c>), so an analyst can read what each value means without the source.
/// </summary>
internal sealed class EnumSchemaFilter(XmlDocumentation documentation) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (!context.Type.IsEnum || schema is not OpenApiSchema target)
        {
            return;
        }

        var values = context.Type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => $"- `{EnumWireNames.Of(f)}`" + (documentation.Summary($"F:{context.Type.FullName}.{f.Name}") is { } s ? $": {s}" : string.Empty));
        var summary = documentation.Summary($"T:{context.Type.FullName}") ?? target.Description;
        target.Description = $"{summary}\n\nValues:\n{string.Join('\n', values)}".TrimStart();
    }
}
