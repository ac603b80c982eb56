namespace OncologyBilling.Scrubber.Model;

/// <summary>
/// The services that share one initial service: the whole encounter in the office, one access site in the hospital
/// (ADM-INIT-01). <see cref="Initial"/> is set by the initial-service stage; null when nothing in the group is billable.
/// </summary>
public sealed record TimelineGroup(int Index, string Site, IReadOnlyList<TimelineEntry> Entries)
{
    public TimelineEntry? Initial { get; init; }

    /// <summary>Modifier of the initial service when this group is a second access site (ADM-SITE-01); else null.</summary>
    public string? InitialModifier { get; init; }

    /// <summary>Office: the protocol required this separate IV site (an administration's separateSiteRequired, ADM-SITE-01).</summary>
    public bool SeparateSiteRequired { get; init; }

    /// <summary>True when a higher service elsewhere in the encounter demotes this group's hydration to 96361 (NCCI-05).</summary>
    public bool HydrationIsSecondary { get; init; }
}
