using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.ReferenceData.Rates;

namespace OncologyBilling.ReferenceData;

/// <summary>Every table the scrubber reads, loaded once and validated; responses report <see cref="Tables"/>.</summary>
public sealed class ReferenceDataSet
{
    public required DrugCatalog Drugs { get; init; }

    /// <summary>A name for this combination of tables, reported as <c>referenceData.version</c>.</summary>
    public required string Version { get; init; }

    /// <summary>Medicare rates for the site-of-care estimate; the embedded tables unless a folder provider sets them.</summary>
    public RateTables Rates { get; init; } = RateTables.Embedded;

    public IReadOnlyList<TableVersion> Tables => [Drugs.Version, .. Rates.Versions];

    public static ReferenceDataSet LoadEmbedded() => new()
    {
        Drugs = new DrugCatalog(TableLoader.Load<DrugRow>("drugs.json")),
        Version = "embedded-2026.1",
    };
}
