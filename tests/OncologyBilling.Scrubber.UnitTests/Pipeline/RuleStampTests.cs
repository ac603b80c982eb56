using FluentAssertions;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.UnitTests.Builders;
using static OncologyBilling.Scrubber.UnitTests.Builders.EncounterBuilder;

namespace OncologyBilling.Scrubber.UnitTests.Pipeline;

/// <summary>Rules that shape a line without words leave their id on it (ADR-002), so every declared rule can be traced.</summary>
public sealed class RuleStampTests
{
    [Fact]
    public void CodeServices_AdministrationLines_CarryTheClassOfTheirSubstance()
    {
        // coding-rules.md §3: paclitaxel is chemotherapy (CLS-01), ondansetron therapeutic (CLS-02), saline hydration (CLS-03).
        var context = new EncounterBuilder().Infusion("paclitaxel", At(9), 60).Infusion("ondansetron", At(10, 30), 30)
            .Infusion("normal saline", At(11, 30), 60).Run(lastStage: "code-services");

        var administration = context.Lines.Where(l => l.Kind == LineKind.Administration).ToArray();

        administration.Single(l => l.Code == "96413").RuleIds.Should().Contain(["CLS-01", "SET-03"]);
        administration.Single(l => l.Code == "96367").RuleIds.Should().Contain("CLS-02");
        administration.Single(l => l.Code == "96361").RuleIds.Should().Contain("CLS-03");
    }

    [Fact]
    public void DiagnosisPointers_MoreThanFourDiagnoses_LinesCarryDx13()
    {
        // coding-rules.md §7 DX-13: at most 4 pointers per line; five diagnoses leave the fifth unpointed.
        var context = new EncounterBuilder().Infusion("paclitaxel", At(9), 60)
            .Diagnoses("C50.911", "D64.9", "R11.0", "E86.0", "Z79.899").Run(lastStage: "diagnosis-pointers");

        context.Lines.Should().NotBeEmpty().And.OnlyContain(l => l.RuleIds.Contains("DX-13") && l.DiagnosisPointers.Count == 4);
    }
}
