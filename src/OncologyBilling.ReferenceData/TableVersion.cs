namespace OncologyBilling.ReferenceData;

/// <summary>Which release of a table a response used.</summary>
public sealed record TableVersion(string Table, string Version, string Source, DateOnly EffectiveFrom, DateOnly? EffectiveTo)
{
    public bool Covers(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}
