using FluentAssertions;
using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Files;
using OncologyBilling.ReferenceData.Icd;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

/// <summary>A file in ReferenceData:Path replaces the shipped file of its family only; the others stay shipped.</summary>
public sealed class FolderOverrideTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("refdata-override").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_NewerIcdFileInFolder_ReplacesShippedIcdOnly()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "icd10cm"));
        File.WriteAllText(Path.Combine(_folder, "icd10cm", "icd10cm-codes-2027.txt"), "C50911  Malignant neoplasm of unsp site of right female breast\r\nZ5111   Encounter for antineoplastic chemotherapy\r\n");

        var data = ReferenceFileSet.Load(_folder);

        data.Icd.Version.Should().BeEquivalentTo(new { Version = "FY2027", Source = "icd10cm-codes-2027.txt", EffectiveFrom = new DateOnly(2026, 10, 1) });
        data.Icd.Count.Should().Be(2);
        data.Icd.Lookup("I10").Should().Be(IcdStatus.NotBillable, "the configured file replaces the shipped one, it is not merged");
        data.Hcpcs.Version.Source.Should().Be("HCPC2025_OCT_ANWEB.csv.gz");
        data.Mue.Practitioner.Count.Should().Be(15_095);
        data.Version.Should().StartWith("files:").And.Contain("FY2027");
    }

    [Fact]
    public void Load_NoFolder_IsTheShippedSetLoadedOnce()
    {
        ReferenceDataSet.Load(null).Should().BeSameAs(ReferenceDataSet.Shipped);
        ReferenceDataSet.Shipped.Version.Should().StartWith("shipped:").And.Contain("FY2026");
        ReferenceDataSet.Shipped.Icd.Count.Should().Be(74_719);
    }
}
