using FluentAssertions;
using OncologyBilling.Scrubber.Findings;
using static OncologyBilling.Scrubber.UnitTests.Rules.Diagnoses.DiagnosisScrub;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Diagnoses;

/// <summary>
/// Conventions of the ICD-10-CM Official Guidelines FY2026 that hold for any reason: §I.A.13 (DX-14), §I.C.19.e.5.a (DX-18),
/// §I.C.21.c.8 (DX-19).
/// </summary>
public sealed class SequencingConventionsTests
{
    [Fact]
    public void AdverseEffectFirst_NatureMovesBeforeIt()
    {
        var context = Run(["T45.1X5A", "C50.911", "R11.2"], null, Ondansetron);

        context.Diagnoses.Should().Equal("R11.2", "T45.1X5A", "C50.911");
        context.Findings.Should().Contain(f => f.Finding.RuleId == "DX-18" && f.Finding.Severity == FindingSeverity.Info);
    }

    [Fact]
    public void AdverseEffectWithoutNature_IsNeverFirst_AndWarns()
    {
        var context = Run(["T45.1X5A", "C50.911"], null, Ondansetron);

        context.Diagnoses.Should().Equal("C50.911", "T45.1X5A");
        context.Findings.Should().Contain(f => f.Finding.RuleId == "DX-18" && f.Finding.Severity == FindingSeverity.Warning);
    }

    [Fact]
    public void AdverseEffectAfterItsNature_IsLeftAlone()
    {
        var context = Run(["R11.2", "T45.1X5A", "C50.911"], null, Ondansetron);

        context.Diagnoses.Should().Equal("R11.2", "T45.1X5A", "C50.911");
        context.RuleIds().Should().NotContain("DX-18");
    }

    [Fact]
    public void CodeFirstNote_MovesTheNamedEtiology_NotTheNextCode()
    {
        var context = Run(["D63.1", "E11.9", "N18.4"], null, Epoetin);

        context.Diagnoses.Should().Equal("N18.4", "D63.1", "E11.9");
        context.RuleIds().Should().Contain("DX-14");
    }

    [Fact]
    public void TitleManifestation_TakesTheNextConditionAsEtiology()
    {
        var context = Run(["G63", "Z79.899", "C34.90"], null, Ondansetron);

        context.Diagnoses.Should().Equal("C34.90", "G63", "Z79.899");
    }

    [Fact]
    public void ManifestationWithoutEtiology_Warns()
    {
        var context = Run(["D63.0", "E86.0"], null, Ondansetron);

        context.Diagnoses.Should().Equal("D63.0", "E86.0");
        context.Findings.Should().Contain(f => f.Finding.RuleId == "DX-14" && f.Finding.Severity == FindingSeverity.Warning);
    }

    [Fact]
    public void HistoryBeforeFollowUp_Z08MovesFirst_WhateverTheReason()
    {
        var context = Run(["E86.0", "Z85.3", "Z08"], null, Saline);

        context.Diagnoses.Should().Equal("E86.0", "Z08", "Z85.3");
        context.RuleIds().Should().Contain("DX-19");
    }
}
