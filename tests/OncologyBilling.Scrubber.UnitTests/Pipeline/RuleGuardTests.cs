using FluentAssertions;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.UnitTests.Builders;

namespace OncologyBilling.Scrubber.UnitTests.Pipeline;

/// <summary>A stage may report and stamp only the rules it declares; the rule catalog is built from the declarations.</summary>
public sealed class RuleGuardTests
{
    [Fact]
    public void Run_ReportOfUndeclaredRule_Throws()
    {
        var context = NewContext(UndeclaredRules.Throw);

        var run = () => context.Run(new FakeStage([EmRules.Em02], c => c.Report(EmRules.Em01, "services[0]", Facts.None)));

        run.Should().Throw<InvalidOperationException>().WithMessage("*'fake'*EM-01*");
    }

    [Fact]
    public void Run_StampOfUndeclaredRule_Throws()
    {
        var context = NewContext(UndeclaredRules.Throw);
        var stage = new FakeStage([EmRules.Em02], c => c.Lines.Add(Line().Stamp(EmRules.Em02, EmRules.Em03)));

        var run = () => context.Run(stage);

        run.Should().Throw<InvalidOperationException>().WithMessage("*'fake'*EM-03*");
    }

    [Fact]
    public void Run_UndeclaredRuleWhenLogging_KeepsTheFindingAndRecordsStageAndRule()
    {
        var context = NewContext(UndeclaredRules.Log);

        context.Run(new FakeStage([EmRules.Em02], c => c.Report(EmRules.Em01, "services[0]", Facts.None)));

        context.Findings.Should().ContainSingle(f => f.Finding.RuleId == "EM-01");
        context.UndeclaredRules.Should().Equal([("fake", "EM-01")]);
    }

    [Fact]
    public void Run_DeclaredRules_PassAndLaterStagesAreCheckedOnlyForWhatTheyAdd()
    {
        var context = NewContext(UndeclaredRules.Throw);
        context.Run(new FakeStage([EmRules.Em02], c => c.Lines.Add(Line().Because(EmRules.Em02, new Facts { { "code", "99213" } }))));

        context.Run(new FakeStage([EmRules.Em03], c => c.Lines[0].Stamp(EmRules.Em03)));

        context.Lines[0].RuleIds.Should().Equal("EM-02", "EM-03");
        context.Lines[0].Explanation.Should().Be("99213 passed through as sent.");
        context.Stage.Should().BeNull();
    }

    private static ScrubContext NewContext(UndeclaredRules policy) =>
        new(new EncounterBuilder().Build(), ReferenceDataFixture.Data, new ScrubberOptions { UndeclaredRules = policy });

    private static ClaimLine Line() => new() { Kind = LineKind.Service, Code = "99213", Units = 1 };

    private sealed class FakeStage(IReadOnlyList<RuleDefinition> rules, Action<ScrubContext> apply) : IScrubStage
    {
        public string Name => "fake";

        public IReadOnlyList<RuleDefinition> Rules => rules;

        public void Apply(ScrubContext context) => apply(context);
    }
}
