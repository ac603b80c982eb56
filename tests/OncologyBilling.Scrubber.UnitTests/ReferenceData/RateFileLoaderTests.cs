using FluentAssertions;
using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Rates;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

public sealed class RateFileLoaderTests
{
    [Fact]
    public void PfsRvuFile_SharedSubset_Loads44GlobalRowsWith96413At133_27()
    {
        using var reader = ShippedFiles.Open("pfs_rvu26c_2026jul_infusion_acp_subset.csv.gz");

        var rows = PfsRvuFile.Read(reader);

        // PROVENANCE §6a: 42 codes 96360-96549 + 99497 + 99498, none with a modifier.
        rows.Should().HaveCount(44);
        rows.Where(r => string.CompareOrdinal(r.Hcpcs, "96360") >= 0 && string.CompareOrdinal(r.Hcpcs, "96549") <= 0).Should().HaveCount(42);
        var chemo = rows.Single(r => r.Hcpcs == "96413");
        chemo.Should().BeEquivalentTo(new { Status = "A", NonFacilityTotalRvu = 3.99m, ConversionFactor = 33.4009m, NationalNonFacilityAmount = 133.27m, FacilityNa = true, NonFacilityNa = false });
        rows.Single(r => r.Hcpcs == "96376").Status.Should().Be("X");
        rows.Single(r => r.Hcpcs == "99497").NationalNonFacilityAmount.Should().Be(86.84m);
    }

    [Fact]
    public void PfsRvuFile_EveryRow_NationalAmountIsTotalRvuTimesCfRoundedToCents()
    {
        using var reader = ShippedFiles.Open("pfs_rvu26c_2026jul_infusion_acp_subset.csv.gz");

        var rows = PfsRvuFile.Read(reader);

        rows.Should().AllSatisfy(r =>
        {
            r.NationalNonFacilityAmount.Should().Be(Math.Round(r.NonFacilityTotalRvu * r.ConversionFactor, 2, MidpointRounding.AwayFromZero), r.Hcpcs);
            r.NationalFacilityAmount.Should().Be(Math.Round(r.FacilityTotalRvu * r.ConversionFactor, 2, MidpointRounding.AwayFromZero), r.Hcpcs);
        });
    }

    [Fact]
    public void OppsAddendumBFile_SharedFile_Loads18798RowsWithKnownRates()
    {
        using var reader = ShippedFiles.Open("opps_addendum_b_2025oct.csv.gz");

        var rows = OppsAddendumBFile.Read(reader).ToDictionary(r => r.Hcpcs);

        rows.Should().HaveCount(18_798);
        rows["96413"].Should().BeEquivalentTo(new { StatusIndicator = "S", Apc = "5694", PaymentRate = 331.69m, NationalUnadjustedCopayment = (decimal?)null, MinimumUnadjustedCopayment = 66.34m });
        rows["96365"].PaymentRate.Should().Be(210.69m);
        rows["J9271"].Should().BeEquivalentTo(new { StatusIndicator = "K", Apc = "1490", PaymentRate = 60.291m, AdjustedBeneficiaryCopayment = 12.06m });
        rows["J0897"].AdjustedBeneficiaryCopayment.Should().Be(5.15m, "the IRA inflation-adjusted coinsurance (17.508%)");
        rows["J9267"].Should().BeEquivalentTo(new { StatusIndicator = "N", PaymentRate = (decimal?)null });
        rows["G0463"].PaymentRate.Should().Be(128.87m);
        rows.Values.Should().OnlyContain(r => r.StatusIndicator == r.StatusIndicator.Trim(), "cells are trimmed ('A ' in the file)");
    }

    [Fact]
    public void AspPaymentLimitFile_SharedFile_Loads877RowsWithKnownLimits()
    {
        using var reader = ShippedFiles.Open("asp_payment_limits_2026q1.csv.gz");

        var rows = AspPaymentLimitFile.Read(reader).ToDictionary(r => r.Hcpcs);

        rows.Should().HaveCount(877);
        rows["J9271"].Should().BeEquivalentTo(new { Dosage = "1 MG", PaymentLimit = 59.726m, CoinsurancePercent = 20m });
        rows["J9045"].Should().BeEquivalentTo(new { Dosage = "50 MG", PaymentLimit = 2.929m });
        rows["J9358"].CoinsurancePercent.Should().Be(19.167m);
        rows["A9606"].PaymentLimit.Should().BeNull("the file gives N/A");
    }

    [Fact]
    public void CsvTable_QuotedCellsWithCommasQuotesAndNewlines_AreOneCell()
    {
        using var reader = new StringReader("HCPCS Code,Short Description,HCPCS Code Dosage,Payment Limit,Co-insurance Percentage\r\nQ5099,\"Inj \"\"x\"\", 1 mg\nline two\",1 MG,11.853,20.000\r\n");

        var rows = AspPaymentLimitFile.Read(reader);

        rows.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Hcpcs = "Q5099", Dosage = "1 MG", PaymentLimit = 11.853m });
    }

    [Fact]
    public void CsvTable_PaddedCellsAndBlankRows_AreTrimmedAndSkipped()
    {
        using var reader = new StringReader("HCPCS Code,Short Description,HCPCS Code Dosage,Payment Limit,Co-insurance Percentage\n\n , , , , \n J9271 , pembro , 1 MG , 59.726 , 20.000 \n");

        var rows = AspPaymentLimitFile.Read(reader);

        rows.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Hcpcs = "J9271", Dosage = "1 MG", PaymentLimit = 59.726m, CoinsurancePercent = 20m });
    }

    [Fact]
    public void CsvTable_UnterminatedQuote_Throws()
    {
        using var reader = new StringReader("HCPCS Code,SI\nJ9271,\"K\n");

        var read = () => OppsAddendumBFile.Read(reader);

        read.Should().Throw<ReferenceDataException>();
    }
}
