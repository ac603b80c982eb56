using FluentAssertions;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;
using static OncologyBilling.Scrubber.UnitTests.Rules.Diagnoses.DiagnosisScrub;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Diagnoses;

/// <summary>
/// Orders worked by hand from the ICD-10-CM Official Guidelines for Coding and Reporting FY2026 (section named per test) and
/// coding-rules.md DX-11, DX-15…DX-22.
/// </summary>
public sealed class GuidelineSequencingTests
{
    [Fact]
    public void Apply_EsaWithD630_PutsTheMalignancyFirst_ICC2c1()
    {
        var context = Run(["D63.0", "C18.9"], null, Epoetin);

        context.Diagnoses.Should().Equal("C18.9", "D63.0");
        context.RuleIds().Should().Contain("DX-15").And.NotContain("DX-22");
    }

    [Fact]
    public void Apply_EsaWithChemotherapyAnemia_AnemiaThenNeoplasmThenAdverseEffect_ICC2c2()
    {
        var context = Run(["T45.1X5A", "C50.911", "D64.81"], null, Epoetin);

        context.Diagnoses.Should().Equal("D64.81", "C50.911", "T45.1X5A");
        context.RuleIds().Should().Contain("DX-11");
    }

    [Fact]
    public void Apply_HydrationOnlyWithDehydration_PutsE86First_ICC2c3()
    {
        var context = Run(["C25.9", "E86.0"], null, Saline);

        context.Diagnoses.Should().Equal("E86.0", "C25.9");
        context.RuleIds().Should().Contain("DX-16");
    }

    [Fact]
    public void Apply_HydrationWithAnAntiemetic_IsNotDehydrationManagement()
    {
        var context = Run(["C25.9", "E86.0"], null, Saline, Ondansetron);

        context.Diagnoses.Should().Equal("C25.9", "E86.0");
        context.RuleIds().Should().NotContain("DX-16");
    }

    [Fact]
    public void Apply_ComplicationDuringChemotherapy_Z51First_ICC2e2()
    {
        var context = Run(["E86.0", "C50.911"], null, Paclitaxel, Saline);

        context.Diagnoses.Should().Equal("Z51.11", "C50.911", "E86.0");
        context.RuleIds().Should().Contain(["DX-01", "DX-17"]);
    }

    [Fact]
    public void Apply_FollowUpWithNothingGiven_Z08ThenZ85_ICC21c8()
    {
        var context = Run(["Z85.3", "Z08"]);

        context.Diagnoses.Should().Equal("Z08", "Z85.3");
        context.RuleIds().Should().Contain("DX-19");
    }

    [Fact]
    public void Apply_PainControlSent_G893First_ICC6b5()
    {
        var context = Run(["C79.51", "G89.3"], EncounterReason.PainControl, Ondansetron);

        context.Diagnoses.Should().Equal("G89.3", "C79.51");
        context.RuleIds().Should().Contain("DX-20");
    }

    [Fact]
    public void Apply_ComplicationManagementSent_ComplicationFirst_ICC2l4()
    {
        var context = Run(["C16.9", "R11.2"], EncounterReason.ComplicationManagement, Ondansetron);

        context.Diagnoses.Should().Equal("R11.2", "C16.9");
        context.RuleIds().Should().Contain("DX-21");
    }

    [Theory]
    [InlineData(EncounterReason.AnemiaManagement)]
    [InlineData(EncounterReason.DehydrationManagement)]
    [InlineData(EncounterReason.PainControl)]
    [InlineData(EncounterReason.FollowUp)]
    public void Apply_ReasonSentWithoutItsCode_WarnsAndLeavesTheOrder(EncounterReason reason)
    {
        var context = Run(["C50.911", "R53.83"], reason, Ondansetron);

        context.Diagnoses.Should().Equal("C50.911", "R53.83");
        context.Findings.Should().Contain(f => f.Finding.RuleId == "DX-22" && f.Finding.Severity == FindingSeverity.Warning && f.Finding.Path == "encounterReason");
    }

    [Fact]
    public void Apply_NonAntineoplasticReasonSentWithChemotherapy_WarnsAndFollowsTheReason()
    {
        var context = Run(["C50.911", "E86.0"], EncounterReason.DehydrationManagement, Paclitaxel, Saline);

        context.Diagnoses.Should().Equal("E86.0", "Z51.11", "C50.911");
        context.RuleIds().Should().Contain(["DX-22", "DX-16"]);
    }

    [Fact]
    public void Apply_BothAnemiaKinds_IsAConflict()
    {
        var context = Run(["D64.81", "D63.0", "C50.911", "T45.1X5A"], null, Epoetin);

        context.RuleIds().Should().Contain("DX-22").And.NotContain(["DX-11", "DX-15"]);
        context.Diagnoses.IndexOf("C50.911").Should().BeLessThan(context.Diagnoses.IndexOf("D63.0"), "§I.A.13 still holds");
    }
}
