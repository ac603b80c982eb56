namespace OncologyBilling.Scrubber.Model;

/// <summary>
/// One infusate on the encounter timeline: a single administration, or every administration sharing a bag
/// (ADM-PUSH-03). <see cref="Minutes"/> is stop − start of the whole bag; null for pushes and injections without a stop.
/// </summary>
public sealed record TimelineEntry
{
    public required IReadOnlyList<ClassifiedAdministration> Members
    {
        get;
        init
        {
            field = value;
            // Computed once here, not per read: explanations, sorting and same-drug checks read it many times per scrub.
            Drugs = value.Count == 1 ? value[0].DrugName : string.Join(" + ", value.Select(m => m.DrugName).Distinct(StringComparer.OrdinalIgnoreCase));
        }
    }
    public required DrugCategory Category { get; init; }
    public required ServiceKind Kind { get; init; }
    public required DateTimeOffset Start { get; init; }
    public DateTimeOffset? End { get; init; }
    public int? Minutes { get; init; }

    /// <summary>Normalised access site; empty when none was documented.</summary>
    public required string Site { get; init; }

    /// <summary>Generic names of the drugs in this infusate, in request order, for explanations and same-drug checks.</summary>
    public string Drugs { get; private init; } = string.Empty;

    public IReadOnlyList<string> References => [.. Members.Select(m => m.Source.Reference)];

    public string Path => Members[0].Source.Path;

    /// <summary>The date the service was provided (ADM-DOS-01): the start's calendar date in its own offset.</summary>
    public DateOnly ServiceDate => DateOnly.FromDateTime(Start.DateTime);

    public bool IsInfusion => Kind is ServiceKind.ChemotherapyInfusion or ServiceKind.ChemotherapyPump or ServiceKind.TherapeuticInfusion;

    /// <summary>Stable order that does not depend on request order: start, hierarchy, length, drugs, client id.</summary>
    public static IComparer<TimelineEntry> Chronological { get; } = Comparer<TimelineEntry>.Create((a, b) =>
    {
        var byStart = a.Start.CompareTo(b.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byKind = a.Kind.CompareTo(b.Kind);
        var byLength = (b.Minutes ?? 0).CompareTo(a.Minutes ?? 0);
        var byDrug = string.CompareOrdinal(a.Drugs, b.Drugs);
        return byKind != 0 ? byKind : byLength != 0 ? byLength : byDrug != 0 ? byDrug : string.CompareOrdinal(string.Join(',', a.References), string.Join(',', b.References));
    });
}
