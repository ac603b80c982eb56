using FluentAssertions;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.UnitTests.Builders;
using static OncologyBilling.Scrubber.UnitTests.Builders.EncounterBuilder;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Administration;

public sealed class BuildTimelineStageTests
{
    private const string Stage = "build-timeline";

    [Fact]
    public void Apply_SharedBag_IsOneEntryMeasuredFromFirstStartToLastStop()
    {
        var context = new EncounterBuilder().Infusion("ondansetron", At(9), 30, bag: "B").Infusion("dexamethasone", At(9, 5), 40, bag: "B").Run(lastStage: Stage);

        var entry = context.Timeline.Entries.Should().ContainSingle().Subject;
        entry.Minutes.Should().Be(45);
        entry.Kind.Should().Be(ServiceKind.TherapeuticInfusion);
        LineText.FindingIds(context).Should().Contain("ADM-PUSH-03");
    }

    [Theory]
    [InlineData(15, ServiceKind.ChemotherapyPush)]
    [InlineData(16, ServiceKind.ChemotherapyInfusion)]
    public void Apply_InfusionMinutes_DecidePushOrInfusion(int minutes, ServiceKind expected)
    {
        var context = new EncounterBuilder().Infusion("paclitaxel", At(9), minutes).Run(lastStage: Stage);

        context.Timeline.Entries.Single().Kind.Should().Be(expected);
    }

    [Theory]
    [InlineData(480, ServiceKind.ChemotherapyInfusion)]
    [InlineData(481, ServiceKind.ChemotherapyPump)]
    public void Apply_PumpLongerThanEightHours_IsPumpInitiation(int minutes, ServiceKind expected)
    {
        var context = new EncounterBuilder().Infusion("fluorouracil", At(8), minutes, pump: true).Run(lastStage: Stage);

        context.Timeline.Entries.Single().Kind.Should().Be(expected);
    }

    [Fact]
    public void Apply_InfusionWithoutStop_IsDroppedWithInp01()
    {
        var context = new EncounterBuilder().Add("paclitaxel", AdministrationRoute.IvInfusion, At(9), null).Run(lastStage: Stage);

        context.Timeline.Entries.Should().BeEmpty();
        context.Findings.Should().ContainSingle(f => f.Finding.RuleId == "INP-01" && f.Finding.Path == "administrations[0].end");
    }

    [Fact]
    public void Apply_StopBeforeStart_IsDroppedWithInp02()
    {
        var context = new EncounterBuilder().Add("paclitaxel", AdministrationRoute.IvInfusion, At(9), At(8)).Run(lastStage: Stage);

        context.Timeline.Entries.Should().BeEmpty();
        LineText.FindingIds(context).Should().Contain("INP-02");
    }

    [Fact]
    public void Apply_AcrossMidnight_WarnsInp03()
    {
        var context = new EncounterBuilder().Infusion("normal saline", At(23), 120).Run(lastStage: Stage);

        context.Findings.Should().ContainSingle(f => f.Finding.RuleId == "INP-03").Which.Finding.Severity.Should().Be(Findings.FindingSeverity.Warning);
    }

    [Fact]
    public void Apply_HydrationBySubcutaneousRoute_IsUnsupported()
    {
        var context = new EncounterBuilder().Add("normal saline", AdministrationRoute.Subcutaneous, At(9), At(10)).Run(lastStage: Stage);

        context.Timeline.Entries.Should().BeEmpty();
        LineText.FindingIds(context).Should().Contain("CLS-10");
    }

    [Fact]
    public void Apply_HospitalTwoSites_GroupsPerSiteWithTopServiceFirst()
    {
        var context = new EncounterBuilder(CareSetting.HospitalOutpatient)
            .Infusion("iron sucrose", At(8), 60, site: "left arm").Infusion("paclitaxel", At(9), 60, site: "port").Push("ondansetron", At(9, 30))
            .Run(lastStage: Stage);

        context.Timeline.Groups.Select(g => g.Site).Should().Equal("PORT", "LEFT ARM");
        context.Timeline.Groups[0].Entries.Select(e => e.Drugs).Should().Contain("ondansetron hydrochloride", "an entry with no site joins the top-ranked group");
    }

    [Fact]
    public void Apply_OfficeTwoSites_OneGroupAndSiteWarning()
    {
        var context = new EncounterBuilder().Infusion("iron sucrose", At(8), 60, site: "left arm").Infusion("paclitaxel", At(9), 60, site: "port").Run(lastStage: Stage);

        context.Timeline.Groups.Should().ContainSingle();
        context.Findings.Should().ContainSingle(f => f.Finding.RuleId == "ADM-SITE-01").Which.Finding.Severity.Should().Be(Findings.FindingSeverity.Warning);
    }
}
