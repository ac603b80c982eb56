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

namespace OncologyBilling.ReferenceData.Files;

/// <summary>
/// Loads the curated tables (what no official file holds: drug catalog, drug facts, Z85 sites, 340B matrix, add-on
/// families) and picks the release file of every other family: the newest one in the <c>ReferenceData:Path</c> folder (searched recursively,
/// by published name; the name that sorts last wins), else the one shipped in this assembly. A malformed file throws
/// <see cref="ReferenceDataException"/> naming it, so the host refuses to start.
/// </summary>
public static class ReferenceFileSet
{
    public static ReferenceDataSet Load(string? folder)
    {
        var configured = Configured(folder);
        ReferenceSource Pick(string marker) =>
            Latest(configured, marker) ?? Latest(ReferenceSource.Shipped, marker)
            ?? throw new ReferenceDataException($"No reference file matching '{marker}' is shipped or in ReferenceData:Path.");

        // The ICD-10-CM file is half the bytes read at start-up: read it beside the others (start-up stays under 3 s).
        var icd = Task.Run(() => IcdFileLoader.Load(Pick("icd10cm-codes-")));
        var opps = OppsAddendumBFile.Load(Pick("addendum_b"));
        var data = new ReferenceDataSet
        {
            Drugs = new DrugCatalog(TableLoader.Load<DrugRow>("drugs.json")),
            DrugFacts = new DrugFactTable(TableLoader.Load<DrugFactRow>("drug-facts.json")),
            Z85Sites = TableLoader.Load<Z85SiteRow>("z85-sites.json").Rows,
            Modifiers340B = new Modifier340BMatrix(TableLoader.Load<Modifier340BRow>("modifiers-340b.json")),
            AddOns = new AddOnTable(TableLoader.Load<AddOnRow>("ncci-addon.json")),
            Hcpcs = HcpcsFileLoader.Load(Pick("_ANWEB.csv")),
            Mue = new MueTables(
                MueFileLoader.Load(Pick("MUE_PractitionerServices"), MueTableKind.Practitioner),
                MueFileLoader.Load(Pick("MUE_OutpatientHospitalServices"), MueTableKind.OutpatientHospital)),
            StatusIndicators = OppsFileLoader.FromAddendumB(opps),
            Crosswalk = CrosswalkFileLoader.Load(Pick("ndc_hcpcs_crosswalk")),
            Ptp = LoadPtp(configured, Pick("ncci_ptp_")),
            Rates = RateTables.From(PfsRvuFile.Load(Pick("pfs_rvu")), opps, AspPaymentLimitFile.Load(Pick("asp_payment_limits"))),
            Icd = icd.GetAwaiter().GetResult(),
            Version = "",
        };
        var origin = configured.Length == 0 ? "shipped" : "files";
        return data with { Version = $"{origin}:{string.Join('+', data.Tables.Select(t => t.Version).Distinct())}" };
    }

    private static ReferenceSource[] Configured(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return [];
        }

        if (!Directory.Exists(folder))
        {
            throw new ReferenceDataException($"ReferenceData:Path '{folder}' does not exist.");
        }

        return [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(ReferenceSource.FromFile)];
    }

    // Full CMS PTP files (ccipra-/ccioph-*.txt) replace the extract table by table.
    private static PtpTables LoadPtp(ReferenceSource[] configured, ReferenceSource extract)
    {
        ReferenceSource[] Parts(string prefix) => [.. configured.Where(f => f.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && f.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))];
        var practitioner = Parts("ccipra-");
        var hospital = Parts("ccioph-");
        var fallback = practitioner.Length > 0 && hospital.Length > 0 ? null : PtpExtractLoader.Load(extract);
        return new PtpTables(
            practitioner.Length > 0 ? PtpFileLoader.Load(practitioner, "ncci-ptp-practitioner") : fallback!.Practitioner,
            hospital.Length > 0 ? PtpFileLoader.Load(hospital, "ncci-ptp-hospital") : fallback!.Hospital);
    }

    private static ReferenceSource? Latest(IEnumerable<ReferenceSource> sources, string marker) =>
        sources.LastOrDefault(s => s.Name.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
