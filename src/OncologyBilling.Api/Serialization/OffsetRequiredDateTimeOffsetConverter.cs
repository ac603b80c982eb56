using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OncologyBilling.Api.Serialization;

/// <summary>
/// The contract's times are ISO 8601 with an offset (<c>2026-03-02T10:00:00-05:00</c> or <c>…Z</c>). A time without
/// one would be read in the server's own zone and shift the minutes that decide push vs infusion and time units, so
/// it is refused: the JsonException becomes a 400 keyed by the field's JSON path.
/// </summary>
internal sealed class OffsetRequiredDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is null || !HasOffset(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new JsonException("Expected an ISO 8601 date-time with an offset.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    private static bool HasOffset(string text)
    {
        var time = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (time < 0)
        {
            return false;
        }

        var tail = text.AsSpan(time);
        return tail.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || tail.LastIndexOfAny('+', '-') > 0;
    }
}
