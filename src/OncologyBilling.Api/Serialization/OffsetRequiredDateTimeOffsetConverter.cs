using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OncologyBilling.Api.Serialization;

/// <summary>
/// The contract's times are ISO 8601 with an offset (<c>2026-03-02T10:00:00-05:00</c> or <c>…Z</c>). A time without
/// one would be read in the server's own zone and shift the minutes that decide push vs infusion and time units, so
/// it is refused with a message saying what is missing; the 400 is keyed by the field's JSON path.
/// </summary>
internal sealed class OffsetRequiredDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public const string NotADateTime = "Must be an ISO 8601 date-time string with an offset, such as 2026-03-02T10:00:00-05:00.";
    public const string NoTime = "Needs a time and an offset, such as 2026-03-02T10:00:00-05:00.";
    public const string NoOffset = "The time needs an offset such as -05:00 (or Z for UTC), as in 2026-03-02T10:00:00-05:00.";
    public const string NotReal =
        "Is not a real date and time: check the month, day, hour, minute and offset (such as 2026-03-02T10:00:00-05:00).";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : string.Empty;
        if (text.Length < 10 || !CalendarDateOnlyConverter.HasDateShape(text.AsSpan(0, 10)))
        {
            throw new ContractJsonException(NotADateTime);
        }

        var tail = text.AsSpan(10);
        if (tail.IsEmpty)
        {
            throw new ContractJsonException(NoTime);
        }

        if (!tail.EndsWith("Z", StringComparison.OrdinalIgnoreCase) && tail.LastIndexOfAny('+', '-') <= 0)
        {
            throw new ContractJsonException(NoOffset);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new ContractJsonException(NotReal);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
