namespace OncologyBilling.ReferenceData.Rates;

/// <summary>The release of a rate table chosen for a date of service, and how it fits that date.</summary>
public sealed record RateRelease<TRow>(TableVersion Version, ReleaseFit Fit, IReadOnlyDictionary<string, TRow> Rows)
{
    public TRow? Find(string code) => Fit == ReleaseFit.None ? default : Rows.GetValueOrDefault(code);
}
