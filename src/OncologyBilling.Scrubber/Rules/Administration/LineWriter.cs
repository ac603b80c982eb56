using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Merges a group's coded services into claim lines: one line per code, modifier and service date (units added up),
/// placed by the claim-order policy (<see cref="ClaimOrder"/>), dated per ADM-DOS-01 and explained by the reasons of its services.
/// </summary>
/// <remarks>
/// Plain loops rather than GroupBy/Distinct/OrderBy chains: this runs for every line of every scrub. Groups keep
/// first-seen order and every sort is a stable insertion, so lines and their contents come out exactly as before.
/// </remarks>
internal static class LineWriter
{
    public static void Write(ScrubContext context, TimelineGroup group, IReadOnlyList<CodedItem> items)
    {
        var groups = new List<List<CodedItem>>(items.Count);
        foreach (var item in items)
        {
            BucketFor(groups, item).Add(item);
        }

        var start = context.Lines.Count;
        foreach (var bucket in groups)
        {
            ClaimOrder.Insert(context.Lines, start, ToLine(context, group, bucket));
        }
    }

    private static List<CodedItem> BucketFor(List<List<CodedItem>> groups, CodedItem item)
    {
        foreach (var bucket in groups)
        {
            var first = bucket[0];
            if (first.Code == item.Code && first.Modifier == item.Modifier && first.ServiceDate == item.ServiceDate)
            {
                return bucket;
            }
        }

        var added = new List<CodedItem>(1);
        groups.Add(added);
        return added;
    }

    private static ClaimLine ToLine(ScrubContext context, TimelineGroup group, List<CodedItem> items)
    {
        var first = items[0];
        var serviceDate = first.ServiceDate;
        var members = Members(items);
        var (units, minutes, place) = Totals(items);
        var line = new ClaimLine
        {
            Kind = LineKind.Administration,
            Code = first.Code,
            Units = units,
            Minutes = minutes,
            SortKey = ClaimOrder.Administration(group.Index, place),
            Modifiers = first.Modifier is { } modifier ? [modifier] : [],
            Category = first.Category,
            AdministrationIds = new List<string>(members.Count),
            AdministrationIndexes = new List<int>(members.Count),
            ServiceDate = serviceDate == context.DateOfService ? null : serviceDate,
        };
        foreach (var member in members)
        {
            line.AdministrationIds.Add(member.Source.Reference);
            line.AdministrationIndexes.Add(member.Source.Index);
        }

        // Every rule of every service first, in order, then the reasons: the explanation reads "why: detail; detail."
        foreach (var item in items)
        {
            line.Stamp(item.Rules);
        }

        line.Stamp(ClassificationOf(line.Category));
        foreach (var item in items)
        {
            line.Because(item.Reason.Rule, item.Reason.Facts);
        }

        if (serviceDate != context.DateOfService)
        {
            line.Because(AdministrationRules.AdmDos01, new Facts { { "date", serviceDate } });
        }

        return line;
    }

    // The substance class that made the line chemotherapy, therapeutic or hydration administration (CLS-01/02/03).
    private static RuleDefinition ClassificationOf(DrugCategory? category) => category switch
    {
        DrugCategory.Therapeutic => ClassificationRules.Cls02,
        DrugCategory.Hydration => ClassificationRules.Cls03,
        _ => ClassificationRules.Cls01,
    };

    // Units add up; minutes are the shared value when every service has the same, else their sum (nulls as 0).
    private static (int Units, int? Minutes, int Place) Totals(List<CodedItem> items)
    {
        var units = 0;
        var place = int.MaxValue;
        int? minutes = 0;
        var sameMinutes = true;
        foreach (var item in items)
        {
            units = checked(units + item.Units);
            place = Math.Min(place, item.Place);
            minutes = checked(minutes + (item.Minutes ?? 0));
            sameMinutes &= item.Minutes == items[0].Minutes;
        }

        return (units, sameMinutes ? items[0].Minutes : minutes, place);
    }

    // The administrations the line covers, once each, by start then client id.
    private static List<ClassifiedAdministration> Members(List<CodedItem> items)
    {
        var entries = new List<TimelineEntry>();
        foreach (var item in items)
        {
            AddOnce(entries, item.Entries);
        }

        var members = new List<ClassifiedAdministration>();
        foreach (var entry in entries)
        {
            for (var i = 0; i < entry.Members.Count; i++)
            {
                var member = entry.Members[i];
                if (!members.Contains(member))
                {
                    var at = members.Count;
                    while (at > 0 && Compare(members[at - 1], member) > 0)
                    {
                        at--;
                    }

                    members.Insert(at, member);
                }
            }
        }

        return members;
    }

    private static int Compare(ClassifiedAdministration a, ClassifiedAdministration b)
    {
        var byStart = a.Source.Start.CompareTo(b.Source.Start);
        return byStart != 0 ? byStart : string.CompareOrdinal(a.Source.Reference, b.Source.Reference);
    }

    private static void AddOnce<T>(List<T> list, IReadOnlyList<T> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!list.Contains(values[i]))
            {
                list.Add(values[i]);
            }
        }
    }
}
