using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// One coded service before lines are merged: code and units, the infusates it covers, the rules that produced it,
/// and its explanation as a reason (<see cref="Why"/>) shared by services of the same code and a per-service detail.
/// </summary>
internal sealed record CodedItem(string Code, int Units, IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<string> RuleIds, string Why, string Detail, int Order)
{
    public string? Modifier { get; init; }

    public int? Minutes { get; init; }

    public DrugCategory Category { get; init; } = Entries[0].Category;

    /// <summary>The earliest entry's date; computed once, since line merging compares it for every pair of services.</summary>
    public DateOnly ServiceDate { get; } = Entries.Min(e => e.ServiceDate);
}
