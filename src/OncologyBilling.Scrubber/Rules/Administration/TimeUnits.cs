namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>The midpoint rule of coding-rules.md §4.3, the arithmetic only (its words are in the message catalog).</summary>
internal static class TimeUnits
{
    /// <summary>ADM-TIME-02/03/04/05: add-on hours beyond the first = floor((T − 31) / 60), never below 0.</summary>
    public static int AdditionalHours(int minutes) => minutes <= 31 ? 0 : (minutes - 31) / 60;

    /// <summary>ADM-TIME-06: secondary hydration units = 1 + floor((T − 31) / 60) once T ≥ 31, else 0.</summary>
    public static int SecondaryHydrationUnits(int minutes) => minutes < 31 ? 0 : 1 + ((minutes - 31) / 60);

    /// <summary>Whole minutes between two instants (stop − start, ADM-TIME-08 leaves nothing else to subtract).</summary>
    public static int Between(DateTimeOffset start, DateTimeOffset end) => (int)Math.Floor((end - start).TotalMinutes);
}
