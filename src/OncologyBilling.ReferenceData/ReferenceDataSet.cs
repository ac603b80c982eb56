using OncologyBilling.ReferenceData.DrugFacts;
using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.ReferenceData.Hcpcs;
using OncologyBilling.ReferenceData.Icd;
using OncologyBilling.ReferenceData.Modifiers;
using OncologyBilling.ReferenceData.Mue;
using OncologyBilling.ReferenceData.Ncci;
using OncologyBilling.ReferenceData.Ndc;
using OncologyBilling.ReferenceData.Opps;
using OncologyBilling.ReferenceData.Rates;
using OncologyBilling.ReferenceData.Sequencing;

namespace OncologyBilling.ReferenceData;

/// <summary>Every table the scrubber reads, loaded once and validated; responses report <see cref="Tables"/>.</summary>
public sealed record ReferenceDataSet
{
    public required DrugCatalog Drugs { get; init; }
    public required DrugFactTable DrugFacts { get; init; }
    public required IcdCodeSet Icd { get; init; }
    public required IReadOnlyList<Z85SiteRow> Z85Sites { get; init; }
    public required HcpcsTable Hcpcs { get; init; }
    public required MueTables Mue { get; init; }
    public required StatusIndicatorTable StatusIndicators { get; init; }
    public required NdcCrosswalk Crosswalk { get; init; }
    public required Modifier340BMatrix Modifiers340B { get; init; }
    public required AddOnTable AddOns { get; init; }
    public required PtpTables Ptp { get; init; }

    /// <summary>A name for this combination of tables, reported as <c>referenceData.version</c>.</summary>
    public required string Version { get; init; }

    /// <summary>Medicare rates for the site-of-care estimate; the embedded tables unless a folder provider sets them.</summary>
    public RateTables Rates { get; init; } = RateTables.Embedded;

    /// <summary>Curated diagnosis-sequencing tables (manifestations, encounter-reason drugs, non-oncology codes); always embedded.</summary>
    public SequencingTables Sequencing { get; init; } = SequencingTables.Embedded;

    public IReadOnlyList<TableVersion> Tables =>
    [
        Drugs.Version, DrugFacts.Version, Icd.Version, Hcpcs.Version, Mue.Practitioner.Version, Mue.OutpatientHospital.Version,
        StatusIndicators.Version, Crosswalk.Version, Modifiers340B.Version, AddOns.Version, Ptp.Practitioner.Version, Ptp.Hospital.Version,
        .. Rates.Versions, .. Sequencing.Versions,
    ];

    public static ReferenceDataSet LoadEmbedded() => new()
    {
        Drugs = new DrugCatalog(TableLoader.Load<DrugRow>("drugs.json")),
        DrugFacts = new DrugFactTable(TableLoader.Load<DrugFactRow>("drug-facts.json")),
        Icd = IcdCodeSet.FromTable(TableLoader.Load<IcdCategoryRow>("icd10cm.json")),
        Z85Sites = TableLoader.Load<Z85SiteRow>("z85-sites.json").Rows,
        Hcpcs = HcpcsTable.FromTable(TableLoader.Load<HcpcsRow>("hcpcs.json")),
        Mue = MueTables.FromTable(TableLoader.Load<MueRow>("mue.json")),
        StatusIndicators = StatusIndicatorTable.FromTable(TableLoader.Load<StatusIndicatorRow>("opps-status-indicators.json")),
        Crosswalk = NdcCrosswalk.FromTable(TableLoader.Load<CrosswalkRow>("ndc-crosswalk.json")),
        Modifiers340B = new Modifier340BMatrix(TableLoader.Load<Modifier340BRow>("modifiers-340b.json")),
        AddOns = new AddOnTable(TableLoader.Load<AddOnRow>("ncci-addon.json")),
        Ptp = PtpTables.FromTable(TableLoader.Load<PtpRow>("ncci-ptp.json")),
        Version = "embedded-2026.1",
    };
}
