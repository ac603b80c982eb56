using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OncologyBilling.Api.Serialization;

/// <summary>
/// What a JSON path points at in the contract, found through the serializer's own metadata: the type the value
/// must have, or, when the last segment names no property of its object, that unknown name and the object's type.
/// </summary>
internal sealed record ContractPath(Type? ValueType, JsonTypeInfo? UnknownIn, string? UnknownName)
{
    public static ContractPath? Resolve(JsonSerializerOptions options, Type root, IReadOnlyList<object> segments)
    {
        var type = root;
        for (var i = 0; i < segments.Count; i++)
        {
            var info = options.GetTypeInfo(Unwrap(type));
            switch (segments[i])
            {
                case int when info.Kind == JsonTypeInfoKind.Enumerable:
                    type = info.ElementType!;
                    break;
                case string name when info.Kind == JsonTypeInfoKind.Object:
                    var property = info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                    if (property is null)
                    {
                        return i == segments.Count - 1 ? new(null, info, name) : null;
                    }

                    type = property.PropertyType;
                    break;
                default:
                    return null;
            }
        }

        return new(Unwrap(type), null, null);
    }

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
