using FluentAssertions;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;
using static OncologyBilling.Scrubber.UnitTests.Rules.Diagnoses.DiagnosisScrub;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Diagnoses;

/// <summary>Z51.11/Z51.12 only when the antineoplastic treats a neoplasm (coding-rules.md DX-04, DX-06, DX-07, DX-23).</summary>
public sealed class AntineoplasticIndicationTests
{
    private static readonly (string, AdministrationRoute, decimal, DoseUnit) Rituximab = ("rituximab", AdministrationRoute.IvInfusion, 1000, DoseUnit.Mg);
    private static readonly (string, AdministrationRoute, decimal, DoseUnit) Lupron = ("Lupron Depot 22.5 mg", AdministrationRoute.Intramuscular, 22.5m, DoseUnit.Mg);

    [Fact]
    public void Rituximab_ForANonNeoplasticCondition_GetsNoZ51AndNoError()
    {
        var context = Run(["D69.3"], null, Rituximab);

        context.Diagnoses.Should().Equal("D69.3");
        context.Administrations.Single().Category.Should().Be(DrugCategory.Chemotherapy, "the 964xx codes stay");
        context.Findings.Should().ContainSingle(f => f.Finding.RuleId == "DX-07").Which.Finding.Severity.Should().Be(FindingSeverity.Info);
        context.RuleIds().Should().NotContain(["DX-04", "DX-01", "DX-05"]);
    }

    [Fact]
    public void Paclitaxel_WithNoNeoplasm_IsAWarningNotAGuess()
    {
        var context = Run(["E86.0"], null, Paclitaxel);

        context.Diagnoses.Should().Equal("E86.0");
        context.Findings.Should().ContainSingle(f => f.Finding.RuleId == "DX-07").Which.Finding.Severity.Should().Be(FindingSeverity.Warning);
    }

    [Fact]
    public void Z51Sent_WithoutNeoplasm_StaysTheDx04Error()
    {
        var context = Run(["Z51.11", "E86.0"], null, Paclitaxel);

        context.RuleIds().Should().Contain("DX-04").And.NotContain("DX-07");
    }

    [Fact]
    public void HormonalWithoutNeoplasm_IsTherapeuticUnderTheNonOncologyCode()
    {
        var context = Run(["E22.8"], null, Lupron);

        var a = context.Administrations.Single();
        a.Category.Should().Be(DrugCategory.Therapeutic);
        a.Drug!.Hcpcs.Should().Be("J1950");
        context.RuleIds().Should().Contain("DX-23").And.NotContain(["DX-06", "DX-04"]);
    }

    [Theory]
    [InlineData("C61")]
    [InlineData("Z85.46")]
    public void HormonalWithNeoplasmOrHistory_StaysHormonal(string code)
    {
        var context = Run([code], null, Lupron);

        context.Administrations.Single().Category.Should().Be(DrugCategory.HormonalAntineoplastic);
        context.Administrations.Single().Drug!.Hcpcs.Should().Be("J9217");
        context.RuleIds().Should().NotContain("DX-23");
    }

    [Fact]
    public void HormonalWithoutNeoplasm_AntineoplasticReasonSent_StaysHormonal()
    {
        var context = Run(["E22.8"], EncounterReason.AntineoplasticTreatment, Lupron);

        context.Administrations.Single().Category.Should().Be(DrugCategory.HormonalAntineoplastic);
        context.RuleIds().Should().NotContain("DX-23");
    }
}
