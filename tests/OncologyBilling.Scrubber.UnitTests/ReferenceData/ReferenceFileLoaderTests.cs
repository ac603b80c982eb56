using FluentAssertions;
using OncologyBilling.ReferenceData.Hcpcs;
using OncologyBilling.ReferenceData.Icd;
using OncologyBilling.ReferenceData.Mue;
using OncologyBilling.ReferenceData.Ndc;
using OncologyBilling.ReferenceData.Opps;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

/// <summary>The loaders read the shipped release files; counts and rows are the ones refdata/PROVENANCE.md records.</summary>
public sealed class ReferenceFileLoaderTests
{
    [Fact]
    public void Icd_Fy2026File_Has74719BillableCodes()
    {
        var icd = IcdFileLoader.Load(ShippedFiles.Source("icd10cm-codes-2026.txt.gz"));

        icd.Count.Should().Be(74_719);
        icd.Lookup("C50.911").Should().Be(IcdStatus.Billable);
        icd.Lookup("C50.91").Should().Be(IcdStatus.NotBillable);
        icd.Lookup("C50").Should().Be(IcdStatus.NotBillable);
        icd.Version.EffectiveFrom.Should().Be(new DateOnly(2025, 10, 1));
        icd.Version.EffectiveTo.Should().Be(new DateOnly(2026, 9, 30));
    }

    [Fact]
    public void Hcpcs_Oct2025File_HasCodesModifiersAndDates()
    {
        var hcpcs = HcpcsFileLoader.Load(ShippedFiles.Source("HCPC2025_OCT_ANWEB.csv.gz"));

        hcpcs.Find("J9271")!.Description.Should().Be("Injection, pembrolizumab, 1 mg");
        hcpcs.Find("JG")!.Termination.Should().Be(new DateOnly(2024, 12, 31));
        hcpcs.IsActiveOn("JG", new DateOnly(2025, 1, 1)).Should().BeFalse();
        hcpcs.IsActiveOn("TB", new DateOnly(2025, 1, 1)).Should().BeTrue();
        hcpcs.Find("J2930")!.Termination.Should().Be(new DateOnly(2024, 3, 31));
        hcpcs.Find("J9355")!.ExcludesBiosimilar.Should().BeTrue();
        hcpcs.Find("Q5114")!.IsBiosimilar.Should().BeTrue();
        hcpcs.Count.Should().BeGreaterThan(8_000, "8,463 codes + 383 modifiers, continuation records folded");
    }

    [Fact]
    public void Mue_Q2_2026Tables_HaveProvenanceRowCountsAndValues()
    {
        var practitioner = MueFileLoader.Load(ShippedFiles.Source("MCR_MUE_PractitionerServices_Eff_04-01-2026.csv.gz"), MueTableKind.Practitioner);
        var hospital = MueFileLoader.Load(ShippedFiles.Source("MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv.gz"), MueTableKind.OutpatientHospital);

        practitioner.Count.Should().Be(15_095);
        hospital.Count.Should().Be(15_045);
        Limit(practitioner, "J9271").Should().Be(new MueLimit(400, 3));
        Limit(practitioner, "96413").Should().Be(new MueLimit(1, 3));
        Limit(practitioner, "96415").Value.Should().Be(8);
        Limit(practitioner, "96375").Value.Should().Be(6);
        Limit(practitioner, "J9045").Value.Should().Be(22);
        Limit(practitioner, "99497").Should().Be(new MueLimit(1, 2));
        Limit(hospital, "J7030").Value.Should().Be(20);
        practitioner.Version.EffectiveFrom.Should().Be(new DateOnly(2026, 4, 1));
    }

    [Fact]
    public void Opps_AddendumB_HasStatusIndicators()
    {
        var si = OppsFileLoader.Load(ShippedFiles.Source("opps_addendum_b_2025oct.csv.gz"));

        si.Count.Should().Be(18_798);
        si.Find("J9271").Should().Be("K");
        si.Find("J1100").Should().Be("N");
        si.Find("96413").Should().Be("S");
    }

    [Fact]
    public void Crosswalk_Q1_2026_MapsNdcsToHcpcs()
    {
        var crosswalk = CrosswalkFileLoader.Load(ShippedFiles.Source("asp_ndc_hcpcs_crosswalk_2026q1.csv.gz"));

        crosswalk.Count.Should().Be(7_125);
        crosswalk.Find("00006302602").Select(r => r.Hcpcs).Should().Contain("J9271");
        crosswalk.Find("00003373413").Select(r => r.Hcpcs).Should().Contain("J9299");
        crosswalk.Find("65597040601").Select(r => r.Hcpcs).Should().Contain("J9358");
    }

    private static MueLimit Limit(MueTable table, string code)
    {
        var limit = table.Find(code);
        limit.Should().NotBeNull(code);
        return limit!;
    }
}
