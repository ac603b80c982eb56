using OncologyBilling.ReferenceData.Vocabulary;

namespace OncologyBilling.ReferenceData.Drugs;

/// <summary>
/// The drug universe beyond the curated catalog (DRG-CODE-05): a HCPCS Level II code active on the date of service,
/// billed in the unit of the ASP file's dosage ("HCPCS Code Dosage") or, where the ASP file lacks the code, of its
/// HCPCS long descriptor. Such a row is not curated: category, container type, vial sizes and Z51 are unknown.
/// </summary>
public static class OfficialDrugs
{
    public static OfficialDrug Find(ReferenceDataSet data, string code, DateOnly date)
    {
        var hcpcs = data.Hcpcs.Find(code);
        if (hcpcs is null || hcpcs.Modifier)
        {
            return OfficialDrug.Problem($"{code} is not a code of the HCPCS Level II file {data.Hcpcs.Version.Version}");
        }

        if (!hcpcs.IsActiveOn(date))
        {
            return OfficialDrug.Problem($"{code} is not active on {date:yyyy-MM-dd} (HCPCS {hcpcs.Effective:yyyy-MM-dd} to {hcpcs.Termination?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "open"})");
        }

        var asp = data.Rates.Asp.For(date);
        var dosage = asp.Rows.GetValueOrDefault(code)?.Dosage;
        var fromAsp = dosage is null ? null : BillingUnitText.FromAspDosage(dosage);
        var isDrugText = hcpcs.Description.StartsWith("Injection", StringComparison.OrdinalIgnoreCase) || hcpcs.Description.StartsWith("Infusion", StringComparison.OrdinalIgnoreCase);
        var fromDescriptor = dosage is null && isDrugText ? BillingUnitText.FromDescriptor(hcpcs.Description) : null;
        if ((fromAsp ?? fromDescriptor) is not { } unit)
        {
            var why = dosage is not null
                ? $"its ASP dosage '{dosage}' ({asp.Version.Version}) is not an amount the dose can be divided by"
                : isDrugText ? $"its HCPCS descriptor '{hcpcs.Description}' names no billing unit" : $"it is not in the ASP file and its HCPCS descriptor '{hcpcs.Description}' is not a drug's";
            return OfficialDrug.Problem($"{code} cannot be billed from the official files: {why}");
        }

        var basis = fromAsp is not null ? $"ASP {asp.Version.Version} dosage '{dosage}'" : $"HCPCS {data.Hcpcs.Version.Version} descriptor '{hcpcs.Description}'";
        var row = new DrugRow
        {
            Hcpcs = hcpcs.Code, Generic = NameOf(hcpcs.Description), BillingUnit = unit, Category = null, Container = ContainerType.PerNdc, Curated = false,
        };
        return new OfficialDrug(row, hcpcs.Description, basis, null);
    }

    // "Injection, ceftriaxone sodium, per 250 mg" → "ceftriaxone sodium": the descriptor's drug segment, lower case.
    private static string NameOf(string description)
    {
        var parts = description.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var name = parts.Length > 1 && (parts[0].Equals("Injection", StringComparison.OrdinalIgnoreCase) || parts[0].Equals("Infusion", StringComparison.OrdinalIgnoreCase))
            ? parts[1] : parts[0];
        return name.ToLowerInvariant();
    }
}

/// <summary>A code of the drug universe: its row (not curated) and where its unit came from, or why it cannot be billed.</summary>
public sealed record OfficialDrug(DrugRow? Row, string? Description, string? Basis, string? Reason)
{
    public static OfficialDrug Problem(string reason) => new(null, null, null, reason);
}
