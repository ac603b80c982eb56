using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OncologyBilling.Api.Errors;

namespace OncologyBilling.Api.Serialization;

/// <summary>
/// One value the serializer could not read, as the client sees it: the JSON path it sent, what that path needs in
/// words it can act on, and how reading can go on past it. Built from the path and the contract's metadata, never
/// from the exception text, which can quote the value sent.
/// </summary>
internal sealed record ReadError(string Path, IReadOnlyList<object>? Segments, string Message, ReadErrorKind Kind)
{
    public const string Malformed =
        "The JSON is malformed here (check quotes, commas, brackets and nesting depth); nothing after this point was read.";

    public static ReadError From(JsonException exception, JsonSerializerOptions options, Type root)
    {
        var path = RequestBodyProblem.ToClientPath(exception.Path);
        var segments = JsonPathSegments.Parse(exception.Path ?? "$");
        if (exception.GetType() != typeof(JsonException) && exception is not ContractJsonException || exception.InnerException is JsonException)
        {
            return new(path, segments, Malformed, ReadErrorKind.Malformed);
        }

        if (exception is ContractJsonException)
        {
            return new(path, segments, exception.Message, ReadErrorKind.Value);
        }

        var target = segments is null ? null : ContractPath.Resolve(options, root, segments);
        return target switch
        {
            { UnknownIn: { } parent, UnknownName: { } name } => new(path, segments, UnknownProperty(parent, name), ReadErrorKind.UnknownProperty),
            { ValueType: { } type } => new(path, segments, Expected(type, options), ReadErrorKind.Value),
            _ => new(path, segments, RequestBodyProblem.UnreadableValue, ReadErrorKind.Value),
        };
    }

    private static string UnknownProperty(JsonTypeInfo parent, string name)
    {
        var known = parent.Properties.Select(p => p.Name).ToArray();
        return PropertySuggestion.Closest(name, known) is { } suggestion
            ? $"unknown property; did you mean '{suggestion}'?"
            : $"unknown property; the properties allowed here are: {string.Join(", ", known)}.";
    }

    private static string Expected(Type type, JsonSerializerOptions options) => type switch
    {
        _ when type.IsEnum => $"Must be one of: {string.Join(", ", EnumWireNames.Of(type))}.",
        _ when type == typeof(string) => "Must be a string (text in double quotes).",
        _ when type == typeof(int) => "Must be a whole number (no quotes, no fraction, within ±2147483647).",
        _ when type == typeof(decimal) => "Must be a number (no quotes, such as 333 or 0.5, within ±7.9e28).",
        _ when type == typeof(bool) => "Must be true or false (no quotes).",
        _ when type == typeof(DateOnly) => CalendarDateOnlyConverter.WrongShape,
        _ when type == typeof(DateTimeOffset) => OffsetRequiredDateTimeOffsetConverter.NotADateTime,
        _ => options.GetTypeInfo(type).Kind switch
        {
            JsonTypeInfoKind.Enumerable => "Must be a JSON array ([ … ]).",
            JsonTypeInfoKind.Object => "Must be a JSON object ({ … }).",
            _ => RequestBodyProblem.UnreadableValue,
        },
    };
}
