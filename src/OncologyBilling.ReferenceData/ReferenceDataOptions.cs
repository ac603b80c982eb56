namespace OncologyBilling.ReferenceData;

/// <summary>
/// A folder of newer CMS/CDC release files (<c>ReferenceData:Path</c>). Empty: the release files shipped with the
/// service are used. A file found there replaces the shipped file of its family.
/// </summary>
public sealed class ReferenceDataOptions
{
    public const string SectionName = "ReferenceData";

    public string? Path { get; set; }
}
