using FluentAssertions;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.UnitTests.Builders;
using static OncologyBilling.Scrubber.UnitTests.Builders.EncounterBuilder;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Administration;

/// <summary>
/// ADM-SITE-01 in the office with separateSiteRequired (RAC topic 0071 [S1b]: one initial unless protocol requires two
/// separate IV sites; then 59 or an X modifier). Paclitaxel 60 min = 96413; iron sucrose 60 min = 96365 (ADM-TIME-03).
/// The second initial's modifier bypasses the PTP pair 96413/96365 (extract indicator 1).
/// </summary>
public sealed class SeparateSiteTests
{
    private static EncounterBuilder TwoSites(bool separate) => new EncounterBuilder()
        .Infusion("paclitaxel", At(9), 60, site: "port")
        .Infusion("iron sucrose", At(9, 30), 60, site: "left arm", separate: separate)
        .Push("ondansetron", At(10, 45), site: "left arm");

    [Fact]
    public void Office_SeparateSiteRequired_SecondInitialWith59AndItsAddOns()
    {
        var result = FullPipeline.Scrub(TwoSites(separate: true).Build());

        // port: 96413; left arm: 96365-59, then ondansetron pushed after it on the same site = 96375 (ADM-SEQ-03).
        FullPipeline.Lines(result, LineKind.Administration).Should().Equal("96413 x1", "96365-59 x1", "96375 x1");
        result.Findings.Should().Contain(f => f.RuleId == "ADM-SITE-01" && f.Message.Contains("protocol required a separate IV site"));
        result.Findings.Should().NotContain(f => f.RuleId == "NCCI-01" || f.RuleId == "NCCI-02");
    }

    [Fact]
    public void Office_SeparateSiteRequired_PayerTakesXModifiers_Xu()
    {
        var options = new ScrubberOptions { SecondSiteModifierByPayer = { [PayerType.Medicare] = "XU" } };

        var result = FullPipeline.Scrub(TwoSites(separate: true).Build(), options);

        FullPipeline.Lines(result, LineKind.Administration).Should().Equal("96413 x1", "96365-XU x1", "96375 x1");
    }

    [Fact]
    public void Office_TwoSitesWithoutTheFlag_OneInitialAndAWarning()
    {
        var result = FullPipeline.Scrub(TwoSites(separate: false).Build());

        // One group: iron sucrose after paclitaxel = 96367 (ADM-SEQ-02), ondansetron 96375.
        FullPipeline.Lines(result, LineKind.Administration).Should().Equal("96413 x1", "96367 x1", "96375 x1");
        result.Findings.Should().Contain(f => f.RuleId == "ADM-SITE-01" && f.Message.Contains("separateSiteRequired"));
    }

    [Fact]
    public void Office_FlagButOneSite_OneInitialAndAWarning()
    {
        var encounter = new EncounterBuilder().Infusion("paclitaxel", At(9), 60, site: "port").Infusion("iron sucrose", At(10, 30), 60, site: "port", separate: true).Build();

        var result = FullPipeline.Scrub(encounter);

        FullPipeline.Lines(result, LineKind.Administration).Should().Equal("96413 x1", "96367 x1");
        result.Findings.Should().Contain(f => f.RuleId == "ADM-SITE-01" && f.Message.Contains("same access site"));
    }
}
