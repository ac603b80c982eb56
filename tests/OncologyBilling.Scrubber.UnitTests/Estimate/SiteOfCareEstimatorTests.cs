using FluentAssertions;
using OncologyBilling.ReferenceData.Rates;
using OncologyBilling.Scrubber.Estimate;
using static OncologyBilling.Scrubber.UnitTests.Estimate.Lines;

namespace OncologyBilling.Scrubber.UnitTests.Estimate;

public sealed class SiteOfCareEstimatorTests
{
    // On or after RVU26C's release (2026-07-01; the table covers 2026-01-01..12-31); ASP Q1 2026 and OPPS CY2025 Oct both predate it.
    private static readonly DateOnly July = new(2026, 7, 15);

    private static SiteOfCareEstimate Run(DateOnly date, params (Model.LineKind, string, int, string[])[] lines) =>
        new SiteOfCareEstimator().Estimate(Of(lines), date, RateTables.Shipped);

    [Fact]
    public void Estimate_96413And96415x2_OfficePfsAndHospitalOpps()
    {
        var estimate = Run(July, Admin("96413"), Admin("96415", 2));

        // Office: 3.99 x 33.4009 = 133.27; 0.85 x 33.4009 = 28.39 x 2 = 56.78; total 190.05; 20%: 26.65 + 11.36 = 38.01.
        estimate.Office.Lines.Select(l => l.Amount).Should().Equal(133.27m, 56.78m);
        estimate.Office.Should().BeEquivalentTo(new { Status = EstimateStatus.Complete, Allowed = 190.05m, Coinsurance = 38.01m, MedicarePayment = 152.04m });
        estimate.Office.Lines[0].Basis.Should().Be("3.99 non-facility RVU x CF 33.4009 = $133.27");
        // Hospital: SI S APC 5694 $331.69; SI S APC 5692 $71.17 x 2 = 142.34; total 474.03; copay 66.34 + 14.24 x 2 = 94.82.
        estimate.HospitalOutpatient.Should().BeEquivalentTo(new { Status = EstimateStatus.Complete, Allowed = 474.03m, Coinsurance = 94.82m });
        estimate.Difference.Allowed.Should().Be(283.98m);
        estimate.Difference.Coinsurance.Should().Be(56.81m);
    }

    [Fact]
    public void Estimate_Pembrolizumab200mgWithJw_AspInOfficeOppsRateInHospital()
    {
        var estimate = Run(July, Admin("96413"), Drug("J9271", 200), Drug("J9271", 20, "JW"));

        // ASP $59.726 x 200 = 11,945.20 (20%: 2,389.04); JW 59.726 x 20 = 1,194.52 (20%: 238.90).
        estimate.Office.Lines.Skip(1).Select(l => (l.Amount, l.Coinsurance)).Should().Equal((11_945.20m, 2_389.04m), (1_194.52m, 238.90m));
        estimate.Office.Lines[1].Basis.Should().Be("ASP limit $59.726 per 1 mg x 200 units = $11,945.20");
        // OPPS SI K $60.291 x 200 = 12,058.20; adjusted copay $12.06 x 200 = 2,412.00; JW x 20 = 1,205.82 / 241.20.
        estimate.HospitalOutpatient.Lines.Skip(1).Select(l => (l.Amount, l.Coinsurance)).Should().Equal((12_058.20m, 2_412.00m), (1_205.82m, 241.20m));
        estimate.HospitalOutpatient.Allowed.Should().Be(331.69m + 12_058.20m + 1_205.82m);
    }

    [Fact]
    public void Estimate_PackagedDrugSiN_ContributesNothingSeparatelyInHospital()
    {
        var estimate = Run(July, Admin("96413"), Drug("J9267", 333));

        // Office: ASP $0.099 x 333 = 32.967 -> 32.97. Hospital: J9267 SI N, packaged.
        estimate.Office.Lines[1].Amount.Should().Be(32.97m);
        estimate.HospitalOutpatient.Lines[1].Should().BeEquivalentTo(new { Pricing = LinePricing.Packaged, Amount = 0m, Coinsurance = 0m, Indicator = "OPPS SI N" });
        estimate.HospitalOutpatient.Allowed.Should().Be(331.69m);
        estimate.HospitalOutpatient.Status.Should().Be(EstimateStatus.Complete);
    }

    [Fact]
    public void Estimate_IraAdjustedDrug_UsesFileCoinsuranceColumns()
    {
        var estimate = Run(July, Drug("J0897", 120));

        // Office: 29.457 x 120 = 3,534.84; ASP co-insurance 17.585% = 621.6016 -> 621.60.
        estimate.Office.Lines[0].Should().BeEquivalentTo(new { Amount = 3_534.84m, Coinsurance = 621.60m });
        // Hospital: 29.38 x 120 = 3,525.60; adjusted beneficiary copayment 5.15 x 120 = 618.00.
        estimate.HospitalOutpatient.Lines[0].Should().BeEquivalentTo(new { Amount = 3_525.60m, Coinsurance = 618.00m });
    }

    [Fact]
    public void Estimate_EmCodeNotInPfsSubset_OfficePartialNamingTheCode()
    {
        var estimate = Run(July, Admin("96413"), Service("99213"));

        estimate.Office.Status.Should().Be(EstimateStatus.Partial);
        estimate.Office.MissingCodes.Should().Equal("99213");
        estimate.Office.Allowed.Should().Be(133.27m);
        estimate.HospitalOutpatient.MissingCodes.Should().Equal("99213");
        estimate.HospitalOutpatient.Lines[1].Basis.Should().Contain("SI B").And.Contain("G0463");
        estimate.Difference.Status.Should().Be(EstimateStatus.Partial);
        estimate.Notes.Should().Contain(n => n.StartsWith("office: partial", StringComparison.Ordinal) && n.Contains("99213"));
    }

    [Fact]
    public void Estimate_AcpQ1WithSiSLine_PackagedInHospitalAndPaidAlone()
    {
        var withInfusion = Run(July, Admin("96413"), Service("99497"));
        var alone = Run(July, Service("99497"));

        withInfusion.HospitalOutpatient.Lines[1].Pricing.Should().Be(LinePricing.Packaged);
        withInfusion.HospitalOutpatient.Lines[1].Basis.Should().Contain("96413");
        alone.HospitalOutpatient.Lines[0].Amount.Should().Be(92.50m);
        // Office: 2.60 x 33.4009 = 86.84 either way.
        withInfusion.Office.Lines[1].Amount.Should().Be(86.84m);
    }

    [Fact]
    public void Estimate_PfsStatusTWithAnotherPaidService_PackagedElsePaid()
    {
        Run(July, Admin("96413"), Admin("96523")).Office.Lines[1].Pricing.Should().Be(LinePricing.Packaged);
        Run(July, Admin("96523")).Office.Lines[0].Amount.Should().Be(26.05m);
    }

    [Fact]
    public void Estimate_PfsStatusXAndC_NotPayableIsCompleteCarrierPricedIsPartial()
    {
        var estimate = Run(July, Admin("96376"), Admin("96379"));

        estimate.Office.Lines[0].Should().BeEquivalentTo(new { Pricing = LinePricing.NotPayable, Amount = 0m });
        estimate.Office.Lines[1].Should().BeEquivalentTo(new { Pricing = LinePricing.NotPriced, Amount = (decimal?)null });
        estimate.Office.MissingCodes.Should().Equal("96379");
    }

    [Fact]
    public void Estimate_Cy2026BeforeTheJulyRelease_PricedFromRvu26cAndNoted()
    {
        // RVU26C is applied to all of CY2026; 96413 = 3.99 RVU x 33.4009 = 133.27 on 2026-03-02 as in July.
        var estimate = Run(new DateOnly(2026, 3, 2), Admin("96413"), Drug("J9271", 200));

        estimate.Office.Lines[0].Amount.Should().Be(133.27m);
        estimate.Office.Status.Should().Be(EstimateStatus.Complete);
        estimate.Office.Sources.Should().ContainSingle(s => s.Table.Table == "pfs-rates")
            .Which.Should().BeEquivalentTo(new { Fit = ReleaseFit.Covers, Note = "pfs-rates: CY2026 PFS rates from the July release (RVU26C); earlier quarterly revisions are not loaded and may differ." });
        estimate.Notes.Should().Contain(n => n.StartsWith("office: pfs-rates: CY2026 PFS rates from the July release", StringComparison.Ordinal));
    }

    [Fact]
    public void Estimate_FromTheJulyRelease_NoReleaseNote()
    {
        var estimate = Run(July, Admin("96413"));

        estimate.Office.Sources.Single(s => s.Table.Table == "pfs-rates").Note.Should().BeNull();
    }

    [Fact]
    public void Estimate_DateBeforeCy2026_OfficeUnpricedAndSaysWhy()
    {
        var estimate = Run(new DateOnly(2025, 11, 3), Admin("96413"), Drug("J9271", 200));

        estimate.Office.Lines[0].Pricing.Should().Be(LinePricing.NotPriced);
        estimate.Office.Lines[0].Basis.Should().Contain("takes effect 2026-01-01");
        estimate.Office.Lines[1].Amount.Should().BeNull("the ASP January 2026 file takes effect 2026-01-01 and no earlier release is loaded");
        estimate.Office.Sources.Where(s => s.Fit == ReleaseFit.None).Select(s => s.Table.Table).Should().BeEquivalentTo("pfs-rates", "asp-limits");
        estimate.Office.Status.Should().Be(EstimateStatus.Partial);
    }

    [Fact]
    public void Estimate_OppsReleaseOlderThanDate_UsedAndNotedAsPredating()
    {
        var estimate = Run(July, Admin("96413"));
        var covered = Run(new DateOnly(2025, 11, 3), Admin("96413"));

        estimate.HospitalOutpatient.Sources.Single().Fit.Should().Be(ReleaseFit.Predates);
        estimate.Notes.Should().ContainSingle(n => n.Contains("opps-rates") && n.Contains("predates the date of service 2026-07-15"));
        covered.HospitalOutpatient.Sources.Single().Should().BeEquivalentTo(new { Fit = ReleaseFit.Covers, Note = (string?)null });
        covered.Notes.Should().NotContain(n => n.Contains("opps-rates"));
    }

    [Fact]
    public void Estimate_CodeInNoTable_BothSidesPartialNamingIt()
    {
        var estimate = Run(July, Drug("J1234", 10));

        estimate.Office.MissingCodes.Should().Equal("J1234");
        estimate.HospitalOutpatient.MissingCodes.Should().Equal("J1234");
        estimate.Excludes.Should().Contain(e => e.Contains("Geographic")).And.Contain(e => e.Contains("Sequestration"));
    }
}
