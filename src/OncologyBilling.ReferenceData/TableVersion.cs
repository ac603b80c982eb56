namespace OncologyBilling.ReferenceData;

/// <summary>
/// Which release of a table a response used. <paramref name="ReleasedOn"/> is set when a release is applied to dates
/// of service before it was published (the July PFS file for all of CY2026); such a date gets <paramref name="ReleaseNote"/>.
/// </summary>
public sealed record TableVersion(
    string Table, string Version, string Source, DateOnly EffectiveFrom, DateOnly? EffectiveTo, DateOnly? ReleasedOn = null, string? ReleaseNote = null)
{
    /// <summary>The date of service is covered, but precedes the release's publication: its note applies.</summary>
    public bool AppliedBeforeRelease(DateOnly date) => Covers(date) && ReleasedOn is { } released && date < released && ReleaseNote is not null;

    public bool Covers(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}
