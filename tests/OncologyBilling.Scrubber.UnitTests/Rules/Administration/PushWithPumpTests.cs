using FluentAssertions;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.UnitTests.Builders;
using static OncologyBilling.Scrubber.UnitTests.Builders.EncounterBuilder;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Administration;

/// <summary>
/// ADM-INIT-07: 96416 is not an add-on and 96411's primaries are 96409/96413 (ncci-addon, NCCI-02 [S27]), so a push with
/// a pump and no chemotherapy infusion is 96409 + 96416 (ADM-PUSH-01, ADM-PUMP-01: 46 h > 8 h).
/// </summary>
public sealed class PushWithPumpTests
{
    [Theory]
    [InlineData(CareSetting.Office)]
    [InlineData(CareSetting.HospitalOutpatient)]
    public void PushThenPump_NoChemoInfusion_PushIsInitial(CareSetting setting)
    {
        var encounter = new EncounterBuilder(setting).Push("fluorouracil", At(9), id: "push").Infusion("fluorouracil", At(9, 10), 46 * 60, pump: true, id: "pump").Build();

        var result = FullPipeline.Scrub(encounter);

        FullPipeline.Lines(result, LineKind.Administration).Should().Equal("96409 x1", "96416 x1");
        result.Lines.Single(l => l.Line.Code == "96409").Line.AdministrationIds.Should().Equal("push");
        result.Findings.Should().Contain(f => f.RuleId == "ADM-INIT-07").And.NotContain(f => f.RuleId == "NCCI-02");
    }

    [Fact]
    public void TwoChemoPushesAndPump_SecondPushIs96411WithItsPrimary()
    {
        var encounter = new EncounterBuilder().Push("fluorouracil", At(9)).Push("vincristine", At(9, 5)).Infusion("fluorouracil", At(9, 10), 46 * 60, pump: true).Build();

        var result = FullPipeline.Scrub(encounter);

        FullPipeline.Lines(result, LineKind.Administration).Should().Equal("96409 x1", "96416 x1", "96411 x1");
        result.Findings.Should().NotContain(f => f.RuleId == "NCCI-02");
    }

    [Fact]
    public void PumpWithChemoInfusion_InfusionStaysInitial()
    {
        // FOLFOX without leucovorin (coding-rules.md §9.3 E3): oxaliplatin 150 min = 96413 + 96415 × 1, push 96411, pump 96416.
        var encounter = new EncounterBuilder().Infusion("oxaliplatin", At(8, 40), 150).Push("fluorouracil", At(11, 15)).Infusion("fluorouracil", At(11, 20), 46 * 60, pump: true).Build();

        var result = FullPipeline.Scrub(encounter);

        FullPipeline.Lines(result, LineKind.Administration).Should().Equal("96413 x1", "96415 x1", "96416 x1", "96411 x1");
        result.Findings.Should().NotContain(f => f.RuleId == "ADM-INIT-07");
    }

    [Fact]
    public void PumpAlone_IsTheInitial()
    {
        var result = FullPipeline.Scrub(new EncounterBuilder().Infusion("fluorouracil", At(9), 46 * 60, pump: true).Build());

        FullPipeline.Lines(result, LineKind.Administration).Should().Equal("96416 x1");
    }
}
