using FluentAssertions;
using OncologyBilling.Scrubber.UnitTests.Builders;
using static OncologyBilling.Scrubber.UnitTests.Builders.EncounterBuilder;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Administration;

public sealed class ServiceCodeFixStageTests
{
    [Fact]
    public void Apply_96268WithConcurrentInfusion_WarnsAndPointsAt96368()
    {
        var context = new EncounterBuilder().Infusion("cisplatin", At(9), 60).Infusion("ondansetron", At(9, 10), 30).Service("96268").Run();

        var finding = context.Findings.Should().ContainSingle(f => f.Finding.RuleId == "CODE-FIX-01").Subject;
        finding.Finding.Path.Should().Be("services[0].code");
        finding.Line!.Code.Should().Be("96368");
    }

    [Fact]
    public void Apply_96268WithoutOverlap_WarnsWithNoReplacement()
    {
        var context = new EncounterBuilder().Infusion("cisplatin", At(9), 60).Infusion("ondansetron", At(10), 30).Service("96268").Run();

        context.Findings.Should().ContainSingle(f => f.Finding.RuleId == "CODE-FIX-01").Which.Line.Should().BeNull();
        context.Lines.Should().NotContain(l => l.Code == "96368");
    }
}
