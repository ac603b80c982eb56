namespace OncologyBilling.ReferenceData;

/// <summary>The envelope every embedded table shares: a name, a version, its source and the dates it covers.</summary>
public sealed record TableFile<TRow>(
    string Table,
    string Version,
    string Source,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<TRow> Rows)
{
    public TableVersion Describe() => new(Table, Version, Source, EffectiveFrom, EffectiveTo);
}
