using FluentAssertions;
using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Rates;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

public sealed class RateTablesTests
{
    [Fact]
    public void Embedded_Rows_EqualTheFullFilesRows()
    {
        var full = RateTables.LoadFromFolder(SharedRefData.Folder);
        var embedded = RateTables.Embedded;

        Rows(embedded.Pfs).Should().BeEquivalentTo(Rows(full.Pfs), "every embedded PFS row is the file's row");
        Rows(embedded.Asp).Should().BeEquivalentTo(Rows(full.Asp), "all ASP rows are embedded");
        var oppsFull = Rows(full.Opps).ToDictionary(r => r.Hcpcs);
        Rows(embedded.Opps).Should().AllSatisfy(r => r.Should().Be(oppsFull[r.Hcpcs]));
    }

    [Fact]
    public void LoadFromFolder_SharedFolder_UsesFullOppsFileAndKeepsReleaseDates()
    {
        var tables = RateTables.LoadFromFolder(SharedRefData.Folder);

        tables.Opps.Count().Should().Be(18_798);
        tables.Opps.Versions.Single().Should().BeEquivalentTo(new { Table = "opps-rates", EffectiveFrom = new DateOnly(2025, 10, 1), EffectiveTo = new DateOnly(2025, 12, 31) });
        tables.Opps.Versions.Single().Source.Should().Contain(RateTables.OppsFile);
    }

    [Fact]
    public void Embedded_CoversEveryPfsCodeTheAdministrationRangeAndEveryCatalogDrug()
    {
        var tables = RateTables.Embedded;
        var catalog = ReferenceDataSet.LoadEmbedded().Drugs.Rows.Select(d => d.Hcpcs).ToArray();

        tables.Pfs.Count().Should().Be(44);
        tables.Asp.Count().Should().Be(877);
        tables.Opps.For(new DateOnly(2025, 11, 1)).Rows.Keys.Should().Contain(["96413", "96415", "96409", "99497", "G0463", "99213"]);
        tables.Opps.For(new DateOnly(2025, 11, 1)).Rows.Keys.Should().Contain(catalog);
        tables.Asp.For(new DateOnly(2026, 2, 1)).Rows.Keys.Should().Contain(catalog);
    }

    [Fact]
    public void LoadFromFolder_MalformedFile_ThrowsNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("rates-");
        Directory.CreateDirectory(Path.Combine(folder.FullName, "asp"));
        File.WriteAllText(Path.Combine(folder.FullName, RateTables.AspFile), "HCPCS Code,Payment Limit\nJ9271,59.726\n");

        var act = () => RateTables.LoadFromFolder(folder.FullName);

        act.Should().Throw<ReferenceDataException>().WithMessage("*asp_payment_limits_2026q1.csv*");
        folder.Delete(recursive: true);
    }

    private static IEnumerable<TRow> Rows<TRow>(RateSchedule<TRow> schedule) =>
        schedule.For(schedule.Versions[0].EffectiveFrom).Rows.Values;
}
