using FluentAssertions;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.Rules.Administration;

namespace OncologyBilling.Scrubber.UnitTests.Rules;

public sealed class ChemotherapyInitialStageTests
{
    [Theory]
    [InlineData(16, 0)]
    [InlineData(90, 0)]
    [InlineData(91, 1)]
    [InlineData(150, 1)]
    [InlineData(151, 2)]
    [InlineData(165, 2)]
    [InlineData(211, 3)]
    public void Apply_ChemoInfusion_Bills96413AndMidpointHours(int minutes, int expected96415)
    {
        var context = Scrub(minutes, AdministrationRoute.IvInfusion);

        context.Lines.Should().ContainSingle(l => l.Code == "96413" && l.Units == 1);
        context.Lines.Where(l => l.Code == "96415").Sum(l => l.Units).Should().Be(expected96415);
    }

    [Fact]
    public void Apply_ChemoInfusionOf15Minutes_BillsPush96409()
    {
        var context = Scrub(15, AdministrationRoute.IvInfusion);

        context.Lines.Select(l => l.Code).Should().Equal("96409");
    }

    private static ScrubContext Scrub(int minutes, AdministrationRoute route)
    {
        var start = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(-5));
        var encounter = new Encounter
        {
            EncounterId = "TEST-1",
            Setting = CareSetting.Office,
            DateOfService = new DateOnly(2026, 3, 2),
            Diagnoses = ["C56.1"],
            Administrations =
            [
                new Administration
                {
                    Index = 0, Drug = new DrugReference(null, "paclitaxel", null), Route = route,
                    Start = start, End = start.AddMinutes(minutes), Dose = new Quantity(100, DoseUnit.Mg),
                },
            ],
        };
        var context = new ScrubContext(encounter, new EmbeddedReferenceDataProvider().Current, new ScrubberOptions());
        new ClassifyAdministrationsStage().Apply(context);
        new ChemotherapyInitialStage().Apply(context);
        return context;
    }
}
