namespace OncologyBilling.ReferenceData;

/// <summary>
/// The envelope every embedded table shares: a name, a version, its source and the dates it covers; optionally the
/// date the release was published and a note for dates of service it covers from before then (see <see cref="TableVersion"/>).
/// </summary>
public sealed record TableFile<TRow>(
    string Table,
    string Version,
    string Source,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<TRow> Rows,
    DateOnly? ReleasedOn = null,
    string? ReleaseNote = null)
{
    public TableVersion Describe() => new(Table, Version, Source, EffectiveFrom, EffectiveTo, ReleasedOn, ReleaseNote);
}
