using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// One coded service before lines are merged: code and units, the infusates it covers, the rules that produced it (in
/// stamping order), the reason that explains it and its place in the claim order (<see cref="Pipeline.ClaimOrder"/>).
/// </summary>
internal sealed record CodedItem(
    string Code, int Units, IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<RuleDefinition> Rules, Reason Reason, int Place)
{
    public string? Modifier { get; init; }

    public int? Minutes { get; init; }

    public DrugCategory Category { get; init; } = Entries[0].Category;

    /// <summary>The earliest entry's date; computed once, since line merging compares it for every pair of services.</summary>
    public DateOnly ServiceDate { get; } = Entries.Min(e => e.ServiceDate);
}
