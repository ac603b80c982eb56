using FluentAssertions;
using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.ReferenceData;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

public sealed class DrugCatalogSearchTests
{
    // Two periods of one code (a descriptor change on 2026-01-01) and one other drug: obviously fake rows.
    private static readonly DrugCatalog Catalog = new(new TableFile<DrugRow>("drugs", "test", "test", new(2025, 1, 1), null,
    [
        Row("J9999", "zzdrugmab", ["Zzbrand"], new(2025, 1, 1), new(2025, 12, 31)),
        Row("J9999", "zzdrugmab", ["Zzbrand"], new(2026, 1, 1), null),
        Row("J9998", "another zzdrug", [], new(2025, 1, 1), null),
    ]));

    [Fact]
    public void Search_BrandFragmentAnyCase_MatchesEveryPeriodWithoutDate() =>
        Catalog.Search("ZZBR").Select(r => r.EffectiveFrom).Should().Equal(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1));

    [Fact]
    public void Search_WithDate_KeepsOnlyTheEffectiveRow() =>
        Catalog.Search("zzdrug", new DateOnly(2025, 6, 1)).Select(r => (r.Hcpcs, r.EffectiveFrom))
            .Should().Equal(("J9998", new DateOnly(2025, 1, 1)), ("J9999", new DateOnly(2025, 1, 1)));

    [Fact]
    public void Search_EmptyText_ReturnsEveryRowOrderedByGeneric() =>
        Catalog.Search("  ").Select(r => r.Generic).Should().Equal("another zzdrug", "zzdrugmab", "zzdrugmab");

    [Fact]
    public void RowsForCode_DateBeforeEveryPeriod_ReturnsNothing() =>
        Catalog.RowsForCode("j9999", new DateOnly(2024, 12, 31)).Should().BeEmpty();

    private static DrugRow Row(string code, string generic, string[] brands, DateOnly from, DateOnly? to) => new()
    {
        Hcpcs = code,
        Generic = generic,
        Brands = brands,
        BillingUnit = new BillingUnit(1, DoseUnit.Mg),
        Category = DrugCategory.Chemotherapy,
        Container = ContainerType.SingleDose,
        EffectiveFrom = from,
        EffectiveTo = to,
    };
}
