using OncologyBilling.ReferenceData.Drugs;

namespace OncologyBilling.ReferenceData;

/// <summary>Every table the scrubber reads, loaded once and validated; responses report <see cref="Tables"/>.</summary>
public sealed class ReferenceDataSet
{
    public required DrugCatalog Drugs { get; init; }

    /// <summary>A name for this combination of tables, reported as <c>referenceData.version</c>.</summary>
    public required string Version { get; init; }

    public IReadOnlyList<TableVersion> Tables => [Drugs.Version];

    public static ReferenceDataSet LoadEmbedded() => new()
    {
        Drugs = new DrugCatalog(TableLoader.Load<DrugRow>("drugs.json")),
        Version = "embedded-2026.1",
    };
}
