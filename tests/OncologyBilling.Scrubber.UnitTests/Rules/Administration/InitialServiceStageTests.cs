using FluentAssertions;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.UnitTests.Builders;
using static OncologyBilling.Scrubber.UnitTests.Builders.EncounterBuilder;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Administration;

public sealed class InitialServiceStageTests
{
    private const string Stage = "initial-service";

    [Fact]
    public void Apply_HierarchyBeatsChronology()
    {
        var context = new EncounterBuilder().Infusion("fosaprepitant", At(8, 30), 30).Infusion("paclitaxel", At(9, 15), 180).Run(lastStage: Stage);

        context.Timeline.Groups.Single().Initial!.Drugs.Should().Be("paclitaxel");
    }

    [Fact]
    public void Apply_SameRank_EarliestStartWins()
    {
        var context = new EncounterBuilder().Infusion("carboplatin", At(10), 30).Infusion("paclitaxel", At(9), 60).Run(lastStage: Stage);

        context.Timeline.Groups.Single().Initial!.Drugs.Should().Be("paclitaxel");
    }

    [Fact]
    public void Apply_HospitalSecondSite_GetsConfiguredModifier()
    {
        var context = new EncounterBuilder(CareSetting.HospitalOutpatient).Infusion("paclitaxel", At(9), 60, site: "port").Infusion("iron sucrose", At(9), 60, site: "arm")
            .Run(new ScrubberOptions { SecondSiteModifier = "XU" }, Stage);

        context.Timeline.Groups.Select(g => g.InitialModifier).Should().Equal(null, "XU");
    }

    [Fact]
    public void Apply_HydrationOnlySiteWithHigherServiceElsewhere_IsSecondary()
    {
        var context = new EncounterBuilder(CareSetting.HospitalOutpatient).Infusion("paclitaxel", At(9), 60, site: "port").Infusion("normal saline", At(11), 60, site: "arm")
            .Run(lastStage: Stage);

        var hydration = context.Timeline.Groups[1];
        hydration.Initial.Should().BeNull();
        hydration.HydrationIsSecondary.Should().BeTrue();
        hydration.InitialModifier.Should().BeNull();
    }
}
