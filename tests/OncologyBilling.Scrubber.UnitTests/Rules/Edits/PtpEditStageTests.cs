using FluentAssertions;
using OncologyBilling.ReferenceData.Ncci;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.UnitTests.Builders;
using static OncologyBilling.Scrubber.UnitTests.Builders.EncounterBuilder;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Edits;

/// <summary>
/// NCCI-01/07/08, ADM-BUND-03 over the PTP extract rows (Builders/PtpExtract, copied from
/// ncci_ptp_2024q3_infusion_extract.csv). Paclitaxel 60 min is 96413 × 1 (ADM-TIME-01).
/// </summary>
public sealed class PtpEditStageTests
{
    private static ScrubResult Chemo(CareSetting setting, ScrubberOptions? options = null, params (string Code, string[] Modifiers)[] services)
    {
        var builder = new EncounterBuilder(setting).Infusion("paclitaxel", At(9), 60);
        foreach (var (code, modifiers) in services)
        {
            builder.Service(code, modifiers);
        }

        return FullPipeline.Scrub(builder.Build(), options);
    }

    private static Finding FindingOf(ScrubResult result, string ruleId) => result.Findings.Should().ContainSingle(f => f.RuleId == ruleId).Subject;

    [Theory]
    [InlineData(CareSetting.Office)]
    [InlineData(CareSetting.HospitalOutpatient)]
    public void PortFlush_WithChemoInfusion_Indicator0_RemovedWithWarning(CareSetting setting)
    {
        // Extract: 96413,96523 indicator 0 in both tables.
        var result = Chemo(setting, null, ("96523", []));

        FullPipeline.Lines(result, LineKind.Service).Should().BeEmpty();
        FullPipeline.Lines(result, LineKind.Administration).Should().Equal("96413 x1");
        var finding = FindingOf(result, "NCCI-07");
        finding.Severity.Should().Be(FindingSeverity.Warning);
        finding.Path.Should().Be("services[0]");
        finding.Message.Should().Contain("indicator 0").And.Contain("2024-Q3 v30.2");
        result.Status.Should().NotBe(ClaimStatus.Rejected);
    }

    [Fact]
    public void PortDraw_Office_Indicator0_Removed()
    {
        // Extract: 96413,36591 indicator 0, practitioner table.
        var result = Chemo(CareSetting.Office, null, ("36591", []));

        FullPipeline.Lines(result, LineKind.Service).Should().BeEmpty();
        FindingOf(result, "ADM-BUND-03").Severity.Should().Be(FindingSeverity.Warning);
    }

    [Fact]
    public void PortDraw_Hospital_NoOutpatientEdit_Kept()
    {
        // Extract: no outpatient row pairs 36591 with a drug administration code.
        var result = Chemo(CareSetting.HospitalOutpatient, null, ("36591", []));

        FullPipeline.Lines(result, LineKind.Service).Should().Equal("36591 x1");
        result.Findings.Should().NotContain(f => f.RuleId == "ADM-BUND-03");
    }

    [Fact]
    public void Hydration96360Sent_WithChemo_Indicator1NoModifier_RemovedNamingModifier()
    {
        // Extract: 96413,96360 indicator 1 (practitioner); nothing documents a separate site.
        var result = Chemo(CareSetting.Office, null, ("96360", []));

        FullPipeline.Lines(result, LineKind.Service).Should().BeEmpty();
        var finding = FindingOf(result, "NCCI-01");
        finding.Severity.Should().Be(FindingSeverity.Warning);
        finding.Message.Should().Contain("only with modifier 59").And.Contain("indicator 1").And.Contain("separateSiteRequired");
    }

    [Fact]
    public void Hydration96360Sent_PayerTakesXModifiers_NamesXu()
    {
        var options = new ScrubberOptions { SecondSiteModifierByPayer = { [PayerType.Medicare] = "XU" } };

        var result = Chemo(CareSetting.Office, options, ("96360", []));

        FindingOf(result, "NCCI-01").Message.Should().Contain("only with modifier XU");
    }

    [Fact]
    public void Hydration96360SentWith59_Indicator1_KeptWithDocumentationWarning()
    {
        var result = Chemo(CareSetting.Office, null, ("96360", ["59"]));

        FullPipeline.Lines(result, LineKind.Service).Should().Equal("96360-59 x1");
        FindingOf(result, "NCCI-08").Severity.Should().Be(FindingSeverity.Warning);
    }

    [Theory]
    [InlineData(CareSetting.Office)]
    [InlineData(CareSetting.HospitalOutpatient)]
    public void G0498Sent_WithPumpInitiation_Indicator0_Removed(CareSetting setting)
    {
        // Extract: 96416,G0498 indicator 0 in both tables; fluorouracil on a pump 46 h → 96416 (ADM-PUMP-01).
        var encounter = new EncounterBuilder(setting).Infusion("fluorouracil", At(9), 46 * 60, pump: true).Service("G0498").Build();

        var result = FullPipeline.Scrub(encounter);

        FullPipeline.Lines(result, LineKind.Administration).Should().Equal("96416 x1");
        FullPipeline.Lines(result, LineKind.Service).Should().BeEmpty();
        FindingOf(result, "NCCI-01").Message.Should().Contain("G0498 with 96416");
    }

    [Fact]
    public void Office99211_WithChemo_RemovedAsCorrection()
    {
        // EM-01 (and extract 96413,99211 indicator 0, practitioner): removed, a correction the engine made.
        var result = Chemo(CareSetting.Office, null, ("99211", []));

        FullPipeline.Lines(result, LineKind.Service).Should().BeEmpty();
        FindingOf(result, "EM-01").Severity.Should().Be(FindingSeverity.Warning);
        result.Status.Should().NotBe(ClaimStatus.Rejected);
    }

    [Theory]
    [InlineData(null, "96372-59 x1")]
    [InlineData("XU", "96372-XU x1")]
    public void SeparateScInjection_WithChemo_Indicator1_GetsDistinctServiceModifier(string? modifier, string expected)
    {
        // Extract: 96413,96372 indicator 1; denosumab SC is its own injection at its own site (CPT Assistant May 2010: 59).
        var options = modifier is null ? null : new ScrubberOptions { SecondSiteModifier = modifier };
        var encounter = new EncounterBuilder().Infusion("paclitaxel", At(9), 60).Injection("denosumab", At(10, 30)).Build();

        var result = FullPipeline.Scrub(encounter, options);

        FullPipeline.Lines(result, LineKind.Administration).Should().Equal("96413 x1", expected);
        FindingOf(result, "NCCI-01").Severity.Should().Be(FindingSeverity.Info);
    }

    [Fact]
    public void Indicator9_NoEdit()
    {
        // The extract has no active indicator-9 row among these codes; a table with one must leave the pair alone.
        var rows = new[] { new PtpRow("96413", "96523", new DateOnly(1996, 1, 1), null, 9) };
        var data = PtpExtract.Data with { Ptp = new PtpTables(new PtpTable(PtpExtract.Version("ncci-ptp-practitioner"), rows), PtpExtract.Tables.Hospital) };
        var encounter = new EncounterBuilder().Infusion("paclitaxel", At(9), 60).Service("96523").Build();

        var result = FullPipeline.Scrub(encounter, data: data);

        FullPipeline.Lines(result, LineKind.Service).Should().Equal("96523 x1");
        result.Findings.Should().NotContain(f => f.RuleId.StartsWith("NCCI-0", StringComparison.Ordinal) && f.RuleId != "NCCI-05");
    }

    [Fact]
    public void Checks_2026DateOfService_PartialNamingTheRelease()
    {
        var result = Chemo(CareSetting.Office);

        var check = result.Checks.Should().ContainSingle(c => c.Family == RuleFamilies.NcciPtp).Subject;
        check.Status.Should().Be(CheckStatus.Partial);
        check.DataVersion.Should().Be("ncci-ptp-practitioner 2024-Q3 v30.2");
        check.Note.Should().Contain("does not cover 2026-03-02");
    }

    [Fact]
    public void Checks_DateInsideTheRelease_Checked()
    {
        var encounter = new EncounterBuilder().Service("99213").Build() with { DateOfService = new DateOnly(2024, 8, 1) };

        var result = FullPipeline.Scrub(encounter);

        result.Checks.Single(c => c.Family == RuleFamilies.NcciPtp).Status.Should().Be(CheckStatus.Checked);
    }

    [Fact]
    public void Checks_NoPtpData_NotChecked()
    {
        var result = FullPipeline.Scrub(new EncounterBuilder().Infusion("paclitaxel", At(9), 60).Build(), data: ReferenceDataFixture.Data with
        {
            Ptp = new PtpTables(new PtpTable(PtpExtract.Version("ncci-ptp-practitioner"), []), new PtpTable(PtpExtract.Version("ncci-ptp-hospital"), [])),
        });

        result.Checks.Single(c => c.Family == RuleFamilies.NcciPtp).Status.Should().Be(CheckStatus.NotChecked);
    }
}
