namespace OncologyBilling.Scrubber.Model;

/// <summary>The encounter's billable administrations, in chronological order and grouped for the initial service.</summary>
public sealed record AdministrationTimeline(IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<TimelineGroup> Groups)
{
    public static AdministrationTimeline Empty { get; } = new([], []);
}
