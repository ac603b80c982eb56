using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>Interval arithmetic on the timeline, in whole minutes.</summary>
internal static class Overlaps
{
    public static int Minutes(TimelineEntry a, TimelineEntry b)
    {
        if (a.End is not { } aEnd || b.End is not { } bEnd)
        {
            return 0;
        }

        var start = a.Start > b.Start ? a.Start : b.Start;
        var end = aEnd < bEnd ? aEnd : bEnd;
        return end > start ? TimeUnits.Between(start, end) : 0;
    }

    /// <summary>Minutes of <paramref name="entry"/> covered by any of <paramref name="others"/> (their union, counted once).</summary>
    public static int Covered(TimelineEntry entry, IEnumerable<TimelineEntry> others)
    {
        if (entry.End is not { } end)
        {
            return 0;
        }

        var covered = TimeSpan.Zero;
        var cursor = entry.Start;
        foreach (var other in others.Where(o => o.End is not null).OrderBy(o => o.Start))
        {
            var from = other.Start > cursor ? other.Start : cursor;
            var to = other.End!.Value < end ? other.End.Value : end;
            if (to > from)
            {
                covered += to - from;
                cursor = to;
            }
        }

        return (int)Math.Floor(covered.TotalMinutes);
    }
}
