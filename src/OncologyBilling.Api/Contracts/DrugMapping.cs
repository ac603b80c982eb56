using OncologyBilling.ReferenceData.Drugs;

namespace OncologyBilling.Api.Contracts;

/// <summary>Catalog rows to their contract shape.</summary>
internal static class DrugMapping
{
    public static DrugOutput ToContract(this DrugRow row) => new()
    {
        Hcpcs = row.Hcpcs,
        Generic = row.Generic,
        Brands = row.Brands,
        BillingUnit = new BillingUnitOutput { Amount = row.BillingUnit.Amount, Unit = row.BillingUnit.Unit, UpTo = row.BillingUnit.UpTo },
        // Only curated rows are listed, and every curated row has a category (DrugCatalogIntegrityTests).
        Category = row.Category ?? throw new InvalidOperationException($"Catalog row {row.Hcpcs} has no category."),
        Container = row.Container,
        VialSizes = row.VialSizes,
        Z51 = row.Z51,
        EffectiveFrom = row.EffectiveFrom,
        EffectiveTo = row.EffectiveTo,
    };
}
