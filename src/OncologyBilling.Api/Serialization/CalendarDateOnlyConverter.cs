using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OncologyBilling.Api.Serialization;

/// <summary>
/// Dates are <c>YYYY-MM-DD</c>. A string of that shape that is no day on the calendar (2026-02-30) gets its own
/// message, so the client checks the day rather than the format.
/// </summary>
internal sealed class CalendarDateOnlyConverter : JsonConverter<DateOnly>
{
    public const string WrongShape = "Must be a date written YYYY-MM-DD, such as 2026-03-02.";
    public const string NotReal = "Is not a day on the calendar: check the month and the day (YYYY-MM-DD).";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : string.Empty;
        if (text.Length != 10 || !HasDateShape(text))
        {
            throw new ContractJsonException(WrongShape);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ContractJsonException(NotReal);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        // Formatted into the stack, not a string per date: a claim writes a dozen of them.
        Span<byte> text = stackalloc byte[10];
        _ = value.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..written]);
    }

    /// <summary>Four digits, '-', two digits, '-', two digits: a date's shape, whether or not the day exists.</summary>
    public static bool HasDateShape(ReadOnlySpan<char> text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-' && IsDigits(text[..4]) && IsDigits(text.Slice(5, 2)) && IsDigits(text[8..]);

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');
}
