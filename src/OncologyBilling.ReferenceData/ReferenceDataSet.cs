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
    private IReadOnlyList<TableVersion>? _tables;
    private static readonly Lazy<ReferenceDataSet> ShippedSet = new(() => ReferenceFileSet.Load(null));

    public required DrugCatalog Drugs { get; init => field = Changed(value); }
    public required DrugFactTable DrugFacts { get; init => field = Changed(value); }
    public required IcdCodeSet Icd { get; init => field = Changed(value); }
    public required IReadOnlyList<Z85SiteRow> Z85Sites { get; init; }
    public required HcpcsTable Hcpcs { get; init => field = Changed(value); }
    public required MueTables Mue { get; init => field = Changed(value); }
    public required StatusIndicatorTable StatusIndicators { get; init => field = Changed(value); }
    public required NdcCrosswalk Crosswalk { get; init => field = Changed(value); }
    public required Modifier340BMatrix Modifiers340B { get; init => field = Changed(value); }
    public required AddOnTable AddOns { get; init => field = Changed(value); }
    public required PtpTables Ptp { get; init => field = Changed(value); }

    /// <summary>Medicare rates for the site-of-care estimate.</summary>
    public required RateTables Rates { get; init => field = Changed(value); }

    /// <summary>A name for this combination of tables, reported as <c>referenceData.version</c>.</summary>
    public required string Version { get; init; }

    /// <summary>
    /// The curated tables and the release files shipped in this assembly, loaded once per process (74,719 ICD-10-CM
    /// codes are not re-read for every host or test).
    /// </summary>
    public static ReferenceDataSet Shipped => ShippedSet.Value;

    /// <summary>Revenue codes for hospital outpatient lines (SET-06).</summary>
    public RevenueCodeTable RevenueCodes { get; init => field = Changed(value); } = RevenueCodeTable.Embedded;

    /// <summary>Curated diagnosis-sequencing tables (manifestations, encounter-reason drugs, non-oncology codes); always embedded.</summary>
    public SequencingTables Sequencing { get; init => field = Changed(value); } = SequencingTables.Embedded;

    /// <summary>Every table's version, built once per data set (responses repeat it for every scrub).</summary>
    public IReadOnlyList<TableVersion> Tables => _tables ??=
    [
        Drugs.Version, DrugFacts.Version, Icd.Version, Hcpcs.Version, Mue.Practitioner.Version, Mue.OutpatientHospital.Version,
        StatusIndicators.Version, Crosswalk.Version, Modifiers340B.Version, AddOns.Version, Ptp.Practitioner.Version, Ptp.Hospital.Version,
        RevenueCodes.Version,
        .. Rates.Versions, .. Sequencing.Versions,
    ];

    // A `with` copy keeps the cached Tables of the original; every table setter drops it, so a copy that replaces a
    // table lists the new table's version.
    private T Changed<T>(T table)
    {
        _tables = null;
        return table;
    }

    /// <summary>The shipped files, each family replaced by the newest file of <paramref name="folder"/> when it holds one.</summary>
    public static ReferenceDataSet Load(string? folder) => string.IsNullOrWhiteSpace(folder) ? Shipped : ReferenceFileSet.Load(folder);
}
