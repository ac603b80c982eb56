namespace OncologyBilling.ReferenceData.Icd;

/// <summary>A personal-history code prefix (Z85.3) and the range of malignancy categories for the same site (C50–C50).</summary>
public sealed record Z85SiteRow(string History, string Site, string From, string To)
{
    public bool Matches(string historyCode) => historyCode.StartsWith(History, StringComparison.Ordinal);

    public bool SameSite(string neoplasmCode) =>
        neoplasmCode.Length >= 3 && string.CompareOrdinal(neoplasmCode[..3], From) >= 0 && string.CompareOrdinal(neoplasmCode[..3], To) <= 0;
}
