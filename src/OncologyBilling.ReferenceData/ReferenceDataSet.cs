using OncologyBilling.ReferenceData.DrugFacts;
using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.ReferenceData.Files;
using OncologyBilling.ReferenceData.Hcpcs;
using OncologyBilling.ReferenceData.Icd;
using OncologyBilling.ReferenceData.Modifiers;
using OncologyBilling.ReferenceData.Mue;
using OncologyBilling.ReferenceData.Ncci;
using OncologyBilling.ReferenceData.Ndc;
using OncologyBilling.ReferenceData.Opps;
using OncologyBilling.ReferenceData.Rates;
using OncologyBilling.ReferenceData.RevenueCodes;
using OncologyBilling.ReferenceData.Sequencing;

namespace OncologyBilling.ReferenceData;

/// <summary>Every table the scrubber reads, loaded once and validated; responses report <see cref="Tables"/>.</summary>
public sealed record ReferenceDataSet
{
    private static readonly Lazy<ReferenceDataSet> ShippedSet = new(() => ReferenceFileSet.Load(null));

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

    /// <summary>Medicare rates for the site-of-care estimate.</summary>
    public required RateTables Rates { get; init; }

    /// <summary>A name for this combination of tables, reported as <c>referenceData.version</c>.</summary>
    public required string Version { get; init; }

    /// <summary>
    /// The curated tables and the release files shipped in this assembly, loaded once per process (74,719 ICD-10-CM
    /// codes are not re-read for every host or test).
    /// </summary>
    public static ReferenceDataSet Shipped => ShippedSet.Value;

    /// <summary>Revenue codes for hospital outpatient lines (SET-06).</summary>
    public RevenueCodeTable RevenueCodes { get; init; } = RevenueCodeTable.Embedded;

    /// <summary>Curated diagnosis-sequencing tables (manifestations, encounter-reason drugs, non-oncology codes); always embedded.</summary>
    public SequencingTables Sequencing { get; init; } = SequencingTables.Embedded;

    public IReadOnlyList<TableVersion> Tables =>
    [
        Drugs.Version, DrugFacts.Version, Icd.Version, Hcpcs.Version, Mue.Practitioner.Version, Mue.OutpatientHospital.Version,
        StatusIndicators.Version, Crosswalk.Version, Modifiers340B.Version, AddOns.Version, Ptp.Practitioner.Version, Ptp.Hospital.Version,
        RevenueCodes.Version,
        .. Rates.Versions, .. Sequencing.Versions,
    ];

    /// <summary>The shipped files, each family replaced by the newest file of <paramref name="folder"/> when it holds one.</summary>
    public static ReferenceDataSet Load(string? folder) => string.IsNullOrWhiteSpace(folder) ? Shipped : ReferenceFileSet.Load(folder);
}
