namespace OncologyBilling.ReferenceData.Modifiers;

/// <summary>The 340B modifier a covered entity of a hospital group appends for dates of service in [From, To].</summary>
public sealed record Modifier340BRow(string Modifier, string HospitalGroup, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly date) => date >= From && (To is null || date <= To);
}
