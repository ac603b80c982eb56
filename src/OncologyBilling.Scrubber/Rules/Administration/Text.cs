using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>How explanations write times: 24-hour clock in the documented offset, with the date when a service crosses midnight.</summary>
internal static class Text
{
    public static string Time(DateTimeOffset time) => time.ToString("HH:mm");

    public static string Times(TimelineEntry entry) => entry.End is not { } end
        ? $"at {Time(entry.Start)}"
        : DateOnly.FromDateTime(end.DateTime) == entry.ServiceDate
            ? $"{Time(entry.Start)}–{Time(end)}"
            : $"{entry.Start:yyyy-MM-dd HH:mm}–{end:yyyy-MM-dd HH:mm}";

    /// <summary>"paclitaxel 09:15–12:15 (180 min)" or "palonosetron at 09:00".</summary>
    public static string Describe(TimelineEntry entry) =>
        entry.Minutes is { } minutes && entry.End is not null
            ? $"{entry.Drugs} {Times(entry)} ({minutes} min)"
            : $"{entry.Drugs} at {Time(entry.Start)}";
}
