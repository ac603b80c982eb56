using FluentAssertions;
using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Files;
using OncologyBilling.ReferenceData.Rates;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

public sealed class RateTablesTests
{
    [Fact]
    public void Shipped_EachRateTableIsItsReleaseFileWithTheDatesItsNameCarries()
    {
        var tables = RateTables.Shipped;

        // PROVENANCE §6a: RVU26C, the July CY2026 release, applied to all of CY2026 (docs/estimate.md).
        tables.Pfs.Versions.Single().Should().BeEquivalentTo(new
        {
            Table = "pfs-rates", Version = "CY2026 RVU26C July release", Source = "pfs_rvu26c_2026jul_infusion_acp_subset.csv.gz",
            EffectiveFrom = new DateOnly(2026, 1, 1), EffectiveTo = new DateOnly(2026, 12, 31), ReleasedOn = new DateOnly(2026, 7, 1),
        });
        // PROVENANCE §6b: Addendum B October 2025 (CY2025); §3: ASP January 2026 quarter, 2026-01-01 through 2026-03-31.
        tables.Opps.Versions.Single().Should().BeEquivalentTo(new { Table = "opps-rates", EffectiveFrom = new DateOnly(2025, 10, 1), EffectiveTo = new DateOnly(2025, 12, 31) });
        tables.Asp.Versions.Single().Should().BeEquivalentTo(new { Table = "asp-limits", Version = "ASP January 2026", EffectiveFrom = new DateOnly(2026, 1, 1), EffectiveTo = new DateOnly(2026, 3, 31) });
        tables.Pfs.Count().Should().Be(44);
        tables.Opps.Count().Should().Be(18_798);
        tables.Asp.Count().Should().Be(877);
    }

    [Fact]
    public void Shipped_CoversTheAdministrationRangeAndEveryCatalogDrug()
    {
        var tables = RateTables.Shipped;
        var catalog = ReferenceDataSet.Shipped.Drugs.Rows.Select(d => d.Hcpcs).ToArray();

        tables.Opps.For(new DateOnly(2025, 11, 1)).Rows.Keys.Should().Contain(["96413", "96415", "96409", "99497", "G0463", "99213"]);
        tables.Opps.For(new DateOnly(2025, 11, 1)).Rows.Keys.Should().Contain(catalog);
        tables.Asp.For(new DateOnly(2026, 2, 1)).Rows.Keys.Should().Contain(catalog);
    }

    [Fact]
    public void Load_MalformedConfiguredRateFile_ThrowsNamingTheFileAndRow()
    {
        var folder = Directory.CreateTempSubdirectory("rates-");
        File.WriteAllText(Path.Combine(folder.FullName, "asp_payment_limits_2026q2.csv"), "HCPCS Code,HCPCS Code Dosage,Payment Limit,Co-insurance Percentage\nJ9271,1 MG,59.726,20.000\nJ9045,50 MG,2.929,lots\n");

        var act = () => ReferenceFileSet.Load(folder.FullName);

        act.Should().Throw<ReferenceDataException>().WithMessage("*asp_payment_limits_2026q2.csv*row 3*Co-insurance Percentage*");
        folder.Delete(recursive: true);
    }
}
