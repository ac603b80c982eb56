using FluentAssertions;
using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.Scrubber.UnitTests.Builders;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

public sealed class DrugCatalogIntegrityTests
{
    private static readonly DateOnly DateOfService = new(2026, 3, 2);

    [Fact]
    public void Drugs_HasAtLeast100Rows() => ReferenceDataFixture.Data.Drugs.Rows.Count.Should().BeGreaterThanOrEqualTo(100);

    [Fact]
    public void Drugs_HcpcsUniquePerEffectiveRange()
    {
        var rows = ReferenceDataFixture.Data.Drugs.Rows;

        var overlapping = rows.GroupBy(r => r.Hcpcs).Where(g => g.Any(a => g.Any(b => !ReferenceEquals(a, b)
            && a.EffectiveFrom <= (b.EffectiveTo ?? DateOnly.MaxValue) && b.EffectiveFrom <= (a.EffectiveTo ?? DateOnly.MaxValue))));

        overlapping.Select(g => g.Key).Should().BeEmpty();
    }

    [Fact]
    public void Drugs_EveryGenericAndBrandNameResolvesToItsOwnRow()
    {
        var catalog = ReferenceDataFixture.Data.Drugs;

        foreach (var row in catalog.Rows)
        {
            foreach (var name in row.Brands.Append(row.Generic))
            {
                catalog.FindByName(name, DateOfService).Should().BeSameAs(row, $"'{name}' must resolve to {row.Hcpcs} only");
            }

            catalog.FindByCode(row.Hcpcs, DateOfService).Should().BeSameAs(row);
        }
    }

    [Fact]
    public void Drugs_EveryRowIsAnActiveCodeBilledInItsOfficialUnit()
    {
        // Issue 11 item 2: codes and units come from the official files (HCPCS Level II Oct 2025, ASP Jan 2026 dosage),
        // never from memory: each curated row's unit equals the unit the drug universe reads for its code.
        var data = ReferenceDataFixture.Data;
        using var scope = new FluentAssertions.Execution.AssertionScope();
        foreach (var row in data.Drugs.Rows.Where(r => r.IsEffectiveOn(DateOfService)))
        {
            var official = OfficialDrugs.Find(data, row.Hcpcs, DateOfService);
            if (data.Rates.Asp.For(DateOfService).Find(row.Hcpcs)?.Dosage is { } dosage && dosage.Contains('/', StringComparison.Ordinal))
            {
                // A combination product ("3 mg/1 mg", J9298) is billed per the first component's amount: curated, not read.
                BillingUnitText.FromAspDosage(dosage.Split('/')[0]).Should().Be(row.BillingUnit with { UpTo = false }, row.Hcpcs);
                continue;
            }

            official.Row.Should().NotBeNull($"{row.Hcpcs}: {official.Reason}");
            (official.Row!.BillingUnit.Amount, official.Row.BillingUnit.Unit).Should().Be((row.BillingUnit.Amount, row.BillingUnit.Unit), $"{row.Hcpcs} ({official.Basis})");
            row.Curated.Should().BeTrue();
            row.Category.Should().NotBeNull($"{row.Hcpcs}: a curated row has a category");
        }
    }

    [Fact]
    public void Drugs_RowsAreWellFormed()
    {
        foreach (var row in ReferenceDataFixture.Data.Drugs.Rows)
        {
            row.Hcpcs.Should().MatchRegex("^[A-V][0-9]{4}$");
            row.BillingUnit.Amount.Should().BePositive(row.Hcpcs);
            row.VialSizes.Where(v => v <= 0).Should().BeEmpty(row.Hcpcs);
            (row.Z51 is null or "Z51.11" or "Z51.12").Should().BeTrue(row.Hcpcs);
        }
    }
}
