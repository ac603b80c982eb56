using System.Globalization;
using Hl7.Fhir.Model;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>FHIR dateTime values as the contract needs them: with a time of day and an offset, never a server zone.</summary>
internal static class FhirDates
{
    public static DateTimeOffset? Instant(MappingState state, string? value, string path)
    {
        if (value is null)
        {
            return null;
        }

        // The SDK has checked the FHIR format; only a full date-time (FHIR requires its offset) is a usable time.
        if (value.Length > 10 && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        state.Issue(path, "A time of day with its offset is needed here, not only a date.", OperationOutcome.IssueType.Value);
        return null;
    }

    /// <summary>The calendar date as written (its own offset), from a FHIR date or dateTime.</summary>
    public static DateOnly? Date(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
