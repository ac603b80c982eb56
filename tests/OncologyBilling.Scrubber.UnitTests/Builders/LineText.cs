using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.UnitTests.Builders;

/// <summary>Administration lines as "CODE[-MOD] xUNITS", in claim order (kind, category, SortKey), like the scenario files.</summary>
internal static class LineText
{
    public static string[] Administration(ScrubContext context) =>
    [
        .. context.Lines.Where(l => l.Kind == LineKind.Administration)
            .Select((l, i) => (l, i))
            .OrderBy(x => CategoryRank(x.l.Category)).ThenBy(x => x.l.SortKey).ThenBy(x => x.i)
            .Select(x => string.Join('-', x.l.Modifiers.Order(StringComparer.Ordinal).Prepend(x.l.Code)) + $" x{x.l.Units}"),
    ];

    public static string[] FindingIds(ScrubContext context) => [.. context.Findings.Select(f => f.Finding.RuleId)];

    private static int CategoryRank(DrugCategory? category) => category switch
    {
        DrugCategory.Chemotherapy or DrugCategory.HormonalAntineoplastic => 0,
        DrugCategory.Therapeutic => 1,
        _ => 2,
    };
}
