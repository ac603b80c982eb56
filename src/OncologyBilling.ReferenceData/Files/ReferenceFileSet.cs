using OncologyBilling.ReferenceData.Hcpcs;
using OncologyBilling.ReferenceData.Icd;
using OncologyBilling.ReferenceData.Mue;
using OncologyBilling.ReferenceData.Ncci;
using OncologyBilling.ReferenceData.Ndc;
using OncologyBilling.ReferenceData.Opps;
using OncologyBilling.ReferenceData.Rates;

namespace OncologyBilling.ReferenceData.Files;

/// <summary>
/// Overlays the full CMS/CDC files found in a folder (searched recursively, by their published names) on the embedded
/// tables they cover. A malformed file throws <see cref="ReferenceDataException"/> so the host refuses to start.
/// </summary>
public static class ReferenceFileSet
{
    public static ReferenceDataSet Load(string folder, ReferenceDataSet embedded)
    {
        if (!Directory.Exists(folder))
        {
            throw new ReferenceDataException($"ReferenceData:Path '{folder}' does not exist.");
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var data = embedded;
        if (Latest(files, "icd10cm-codes-") is { } icd)
        {
            data = data with { Icd = IcdFileLoader.Load(icd) };
        }

        if (Latest(files, "_ANWEB.csv") is { } hcpcs)
        {
            data = data with { Hcpcs = HcpcsFileLoader.Load(hcpcs) };
        }

        if (Latest(files, "ndc_hcpcs_crosswalk") is { } crosswalk)
        {
            data = data with { Crosswalk = CrosswalkFileLoader.Load(crosswalk) };
        }

        if (Latest(files, "addendum_b") is { } opps)
        {
            data = data with { StatusIndicators = OppsFileLoader.Load(opps) };
        }

        data = data with { Mue = LoadMue(files, data.Mue), Ptp = LoadPtp(files, data.Ptp), Rates = RateTables.LoadFromFolder(folder) };
        return data with { Version = $"files:{string.Join('+', data.Tables.Select(t => t.Version).Distinct())}" };
    }

    private static MueTables LoadMue(string[] files, MueTables current) => new(
        Latest(files, "MUE_PractitionerServices") is { } p ? MueFileLoader.Load(p, MueTableKind.Practitioner) : current.Practitioner,
        Latest(files, "MUE_OutpatientHospitalServices") is { } h ? MueFileLoader.Load(h, MueTableKind.OutpatientHospital) : current.OutpatientHospital);

    private static PtpTables LoadPtp(string[] files, PtpTables current)
    {
        string[] Parts(string prefix) => [.. files.Where(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))];
        var practitioner = Parts("ccipra-");
        var hospital = Parts("ccioph-");
        return new PtpTables(
            practitioner.Length > 0 ? PtpFileLoader.Load(practitioner, "ncci-ptp-practitioner") : current.Practitioner,
            hospital.Length > 0 ? PtpFileLoader.Load(hospital, "ncci-ptp-hospital") : current.Hospital);
    }

    // Quarterly files sort by name within a family; the last one is the newest release in the folder.
    private static string? Latest(string[] files, string marker) =>
        files.LastOrDefault(f => Path.GetFileName(f).Contains(marker, StringComparison.OrdinalIgnoreCase)
            && !f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase));
}
