using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Merges a group's coded services into claim lines: one line per code, modifier and service date (units added up),
/// in hierarchy order with the initial before its add-ons (<see cref="ClaimLine.SortKey"/>), dated per ADM-DOS-01.
/// </summary>
internal static class LineWriter
{
    public static void Write(ScrubContext context, TimelineGroup group, IEnumerable<CodedItem> items)
    {
        var lines = items
            .GroupBy(i => (i.Code, i.Modifier, i.ServiceDate))
            .Select(g => ToLine(context, group, [.. g]))
            .OrderBy(l => l.SortKey);
        context.Lines.AddRange(lines);
    }

    private static ClaimLine ToLine(ScrubContext context, TimelineGroup group, CodedItem[] items)
    {
        var first = items[0];
        var entries = items.SelectMany(i => i.Entries).Distinct().ToArray();
        var members = entries.SelectMany(e => e.Members).Distinct().OrderBy(m => m.Source.Start).ThenBy(m => m.Source.Reference, StringComparer.Ordinal).ToArray();
        var serviceDate = first.ServiceDate;
        List<string> rules = [.. items.SelectMany(i => i.RuleIds).Distinct(StringComparer.Ordinal)];
        if (serviceDate != context.DateOfService)
        {
            rules.Add(AdministrationRules.Dos01.Id);
        }

        var minutes = items.Select(i => i.Minutes).Distinct().ToArray();
        return new ClaimLine
        {
            Kind = LineKind.Administration,
            Code = first.Code,
            Units = items.Sum(i => i.Units),
            Modifiers = first.Modifier is { } modifier ? [modifier] : [],
            Category = first.Category,
            Minutes = minutes.Length == 1 ? minutes[0] : items.Sum(i => i.Minutes),
            AdministrationIds = [.. members.Select(m => m.Source.Reference)],
            AdministrationIndexes = [.. members.Select(m => m.Source.Index)],
            RuleIds = rules,
            Explanation = Explain(items, serviceDate, context.DateOfService),
            ServiceDate = serviceDate == context.DateOfService ? null : serviceDate,
            SortKey = (group.Index * 1000) + items.Min(i => i.Order),
        };
    }

    private static string Explain(CodedItem[] items, DateOnly serviceDate, DateOnly dateOfService)
    {
        var sentences = items.GroupBy(i => i.Why).Select(g => $"{g.Key}: {string.Join("; ", g.Select(i => i.Detail))}.");
        var dated = serviceDate == dateOfService ? string.Empty : $" Dated {serviceDate:yyyy-MM-dd}, the day the service was provided.";
        return string.Join(' ', sentences) + dated;
    }
}
