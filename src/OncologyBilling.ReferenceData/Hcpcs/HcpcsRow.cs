namespace OncologyBilling.ReferenceData.Hcpcs;

/// <summary>A HCPCS Level II code or modifier with the date it was added and its termination date (ANWEB ADD DT / TERM DT).</summary>
public sealed record HcpcsRow(string Code, bool Modifier, DateOnly? Effective, DateOnly? Termination, string Description)
{
    public bool IsActiveOn(DateOnly date) => (Effective is null || date >= Effective) && (Termination is null || date <= Termination);

    /// <summary>A reference-product code whose descriptor says "excludes biosimilar" (J9355, J1442, J2506).</summary>
    public bool ExcludesBiosimilar => Description.Contains("excludes biosimilar", StringComparison.OrdinalIgnoreCase);

    /// <summary>A biosimilar product code (Q5101–Q51xx): its descriptor says "biosimilar" without "excludes".</summary>
    public bool IsBiosimilar => !ExcludesBiosimilar && Description.Contains("biosimilar", StringComparison.OrdinalIgnoreCase);
}
