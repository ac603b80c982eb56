using FluentAssertions;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.UnitTests.Builders;
using static OncologyBilling.Scrubber.UnitTests.Builders.EncounterBuilder;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Administration;

public sealed class CodeServicesStageTests
{
    [Theory]
    [InlineData(16, new[] { "96413 x1" })]
    [InlineData(90, new[] { "96413 x1" })]
    [InlineData(91, new[] { "96413 x1", "96415 x1" })]
    [InlineData(165, new[] { "96413 x1", "96415 x2" })]
    public void Apply_ChemoInfusion_InitialPlusMidpointHours(int minutes, string[] expected) =>
        LineText.Administration(new EncounterBuilder().Infusion("paclitaxel", At(10), minutes).Run()).Should().Equal(expected);

    [Theory]
    [InlineData(30, new string[0])]
    [InlineData(31, new[] { "96360 x1" })]
    [InlineData(91, new[] { "96360 x1", "96361 x1" })]
    [InlineData(151, new[] { "96360 x1", "96361 x2" })]
    public void Apply_HydrationAlone_FollowsAdmTime05(int minutes, string[] expected) =>
        LineText.Administration(new EncounterBuilder().Infusion("normal saline", At(9), minutes).Run()).Should().Equal(expected);

    [Theory]
    [InlineData(30, new[] { "96413 x1" })]
    [InlineData(31, new[] { "96413 x1", "96361 x1" })]
    [InlineData(91, new[] { "96413 x1", "96361 x2" })]
    public void Apply_HydrationAfterChemo_IsSecondary96361(int minutes, string[] expected) =>
        LineText.Administration(new EncounterBuilder().Infusion("cisplatin", At(9), 60).Infusion("normal saline", At(10), minutes).Run()).Should().Equal(expected);

    [Fact]
    public void Apply_HydrationConcurrentWithDrug_AddsNoLine()
    {
        var context = new EncounterBuilder().Infusion("carboplatin", At(10), 60).Infusion("normal saline", At(10), 60).Run();

        LineText.Administration(context).Should().Equal("96413 x1");
        LineText.FindingIds(context).Should().Contain("ADM-CONC-03");
    }

    [Fact]
    public void Apply_HydrationSegmentsNotSummed_WhenOptionOff()
    {
        var builder = new EncounterBuilder().Infusion("normal saline", At(8, 40), 20).Infusion("cisplatin", At(9), 60).Infusion("normal saline", At(10), 20);

        LineText.Administration(builder.Run()).Should().Equal("96413 x1", "96361 x1");
        LineText.Administration(builder.Run(new ScrubberOptions { HydrationSumSegments = false })).Should().Equal("96413 x1");
    }

    [Theory]
    [InlineData(CareSetting.HospitalOutpatient, 31, new[] { "96374 x1", "96376 x1" })]
    [InlineData(CareSetting.HospitalOutpatient, 30, new[] { "96374 x1" })]
    [InlineData(CareSetting.Office, 120, new[] { "96374 x1" })]
    public void Apply_SameDrugPushedAgain_96376OnlyInHospitalAfter30Minutes(CareSetting setting, int gap, string[] expected) =>
        LineText.Administration(new EncounterBuilder(setting).Push("ondansetron", At(9)).Push("ondansetron", At(9).AddMinutes(gap)).Run()).Should().Equal(expected);

    [Fact]
    public void Apply_TwoConcurrentDrugs_One96368()
    {
        var context = new EncounterBuilder().Infusion("iron sucrose", At(9), 60).Infusion("famotidine", At(9, 10), 40).Infusion("fosaprepitant", At(9, 20), 35).Run();

        LineText.Administration(context).Should().Equal("96365 x1", "96368 x1");
    }

    [Fact]
    public void Apply_E1_LinesInHierarchyOrderWithExplanations()
    {
        var context = new EncounterBuilder()
            .Infusion("fosaprepitant", At(8, 30), 30).Push("palonosetron", At(9)).Push("dexamethasone", At(9, 2)).Push("diphenhydramine", At(9, 5))
            .Infusion("paclitaxel", At(9, 15), 180).Infusion("carboplatin", At(12, 15), 30).Run();

        LineText.Administration(context).Should().Equal("96413 x1", "96415 x2", "96417 x1", "96367 x1", "96375 x3");
        var hours = context.Lines.Single(l => l.Code == "96415");
        hours.Explanation.Should().Contain("paclitaxel").And.Contain("09:15–12:15").And.Contain("floor((180 − 31) / 60) = 2");
        hours.SortKey.Should().BeGreaterThan(context.Lines.Single(l => l.Code == "96413").SortKey);
    }

    [Fact]
    public void Apply_ChemoPumpOverEightHours_96416AndOfficeWarning()
    {
        var context = new EncounterBuilder().Infusion("oxaliplatin", At(8), 120).Infusion("fluorouracil", At(10, 5), 46 * 60, pump: true).Run();

        LineText.Administration(context).Should().Equal("96413 x1", "96415 x1", "96416 x1");
        LineText.FindingIds(context).Should().Contain("ADM-PUMP-02").And.NotContain("INP-03");
    }

    [Fact]
    public void Apply_ConcurrentChemoInSeparateBags_NoSecondCodeAndWarning()
    {
        var context = new EncounterBuilder().Infusion("pertuzumab", At(9), 60).Infusion("trastuzumab", At(9, 10), 40).Run();

        LineText.Administration(context).Should().Equal("96413 x1");
        LineText.FindingIds(context).Should().Contain("ADM-CONC-04");
    }

    [Fact]
    public void Apply_PushAfterMidnight_DatedTheNextDay()
    {
        var context = new EncounterBuilder(CareSetting.HospitalOutpatient).Infusion("carboplatin", At(22, 30), 60).Push("ondansetron", At(24, 15)).Run();

        context.Lines.Single(l => l.Code == "96375").ServiceDate.Should().Be(new DateOnly(2026, 3, 3));
        context.Lines.Single(l => l.Code == "96413").ServiceDate.Should().BeNull();
    }
}
