using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace OncologyBilling.Api.Validation;

/// <summary>Error keys use the JSON names the client sent (administrations[0].end), not the C# names.</summary>
internal static class JsonPropertyNames
{
    public static string? Resolve(Type type, MemberInfo? member, LambdaExpression? expression) =>
        member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
}
