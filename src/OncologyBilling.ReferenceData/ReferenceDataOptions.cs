namespace OncologyBilling.ReferenceData;

/// <summary>
/// Where the full CMS/CDC files live (<c>ReferenceData:Path</c>). Empty: only the embedded tables are used.
/// Files found there override the embedded tables they cover.
/// </summary>
public sealed class ReferenceDataOptions
{
    public const string SectionName = "ReferenceData";

    public string? Path { get; set; }
}
