using FluentAssertions;
using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Ncci;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

/// <summary>The shipped NCCI PTP extract (refdata PROVENANCE §4: CMS ccipra/ccioph effective 2024-07-01) loads into both PTP tables.</summary>
public sealed class PtpExtractTests
{
    private static readonly DateOnly InQ3 = new(2024, 8, 1);
    private static readonly PtpTables Ptp = ReferenceDataSet.Shipped.Ptp;

    [Fact]
    public void Extract_HasProvenanceRowCountsAndRelease()
    {
        Ptp.Practitioner.Count.Should().Be(1_060);
        Ptp.Hospital.Count.Should().Be(871);
        Ptp.Practitioner.Version.Should().BeEquivalentTo(new
        {
            Table = "ncci-ptp-practitioner", Version = "2024-Q3 extract", Source = "ncci_ptp_2024q3_infusion_extract.csv.gz",
            EffectiveFrom = new DateOnly(2024, 7, 1), EffectiveTo = new DateOnly(2024, 9, 30),
        });
        Ptp.Hospital.Version.Table.Should().Be("ncci-ptp-hospital");
    }

    [Theory]
    [InlineData("96413", "96523", 0, 0)]
    [InlineData("96413", "96360", 1, 1)]
    [InlineData("96413", "99211", 0, 1)]
    [InlineData("96416", "G0498", 0, 0)]
    public void Extract_ProvenanceExamples_HaveTheirModifierIndicators(string column1, string column2, int practitioner, int outpatient)
    {
        Ptp.Practitioner.Find(column1, column2, InQ3)!.ModifierIndicator.Should().Be(practitioner);
        Ptp.Hospital.Find(column1, column2, InQ3)!.ModifierIndicator.Should().Be(outpatient);
    }

    [Fact]
    public void Extract_PortDrawWithChemotherapy_IsPractitionerIndicatorZero()
    {
        Ptp.Practitioner.Find("96413", "36591", InQ3)!.ModifierIndicator.Should().Be(0);
    }

    [Fact]
    public void Extract_CoversOnlyThePairsItKept()
    {
        Ptp.Practitioner.Covers("96413").Should().BeTrue();
        Ptp.Practitioner.Covers("99215").Should().BeTrue();
        Ptp.Practitioner.Covers("G0498").Should().BeTrue();
        Ptp.Practitioner.Covers("J9271").Should().BeFalse("the extract kept pairs among administration, E/M, ACP and port codes only");
        Ptp.Practitioner.Covers("G0463").Should().BeFalse();
    }
}
