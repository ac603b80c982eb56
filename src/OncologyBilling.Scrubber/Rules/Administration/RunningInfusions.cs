using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>Which of a group's infusions coded so far a new service meets: a concurrent partner, or the same drug running.</summary>
internal static class RunningInfusions
{
    /// <summary>The first eligible infusion on the same site overlapping <paramref name="entry"/> by at least <paramref name="minimum"/> minutes.</summary>
    public static TimelineEntry? Partner(List<TimelineEntry> infusions, TimelineEntry entry, Func<TimelineEntry, bool> eligible, int minimum)
    {
        foreach (var infusion in infusions)
        {
            if (infusion.Site == entry.Site && eligible(infusion) && Overlaps.Minutes(entry, infusion) >= minimum)
            {
                return infusion;
            }
        }

        return null;
    }

    /// <summary>The first infusion of the same drug running when <paramref name="push"/> was given (ADM-PUSH-03).</summary>
    public static TimelineEntry? SameDrugAt(List<TimelineEntry> infusions, TimelineEntry push)
    {
        foreach (var infusion in infusions)
        {
            if (string.Equals(infusion.Drugs, push.Drugs, StringComparison.OrdinalIgnoreCase) && push.Start >= infusion.Start && push.Start <= infusion.End)
            {
                return infusion;
            }
        }

        return null;
    }
}
