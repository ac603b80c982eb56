using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OncologyBilling.Api.Serialization;

/// <summary>An enum's values as the client spells them (<c>ivPush</c>, <c>mL</c>): the member-name attribute, else camelCase.</summary>
internal static class EnumWireNames
{
    public static IEnumerable<string> Of(Type enumType) =>
        enumType.GetFields(BindingFlags.Public | BindingFlags.Static).Select(Of);

    public static string Of(FieldInfo field) =>
        field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(field.Name);
}
