using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using FluentValidation.Internal;

namespace OncologyBilling.Api.Validation;

/// <summary>
/// Error keys use the JSON names the client sent (billingProvider.npi, administrations[0].end), not the C# names:
/// every segment of a member chain is camel-cased, as the serializer names it.
/// </summary>
internal static class JsonPropertyNames
{
    public static string? Resolve(Type type, MemberInfo? member, LambdaExpression? expression)
    {
        if (expression is not null)
        {
            var chain = PropertyChain.FromExpression(expression);
            if (chain.Count > 0)
            {
                return string.Join('.', chain.ToString().Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
            }
        }

        return member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
    }

    /// <summary>Messages name the field as the client knows it ('encounterId'), not as "Encounter Id".</summary>
    public static string? DisplayName(Type type, MemberInfo? member, LambdaExpression? expression) =>
        member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
}
