using FluentAssertions;
using OncologyBilling.X12.Checking;

namespace OncologyBilling.X12.Tests.Checking;

/// <summary>The checker itself must catch broken envelopes, or the golden tests that lean on it prove nothing.</summary>
public sealed class X12StructureCheckerTests
{
    [Fact]
    public void Check_GoldenOffice837P_HasNoProblems() =>
        X12StructureChecker.Check(Golden.Read("837p-office-chemotherapy.x12")).Should().BeEmpty();

    [Fact]
    public void Check_GoldenHospital837I_HasNoProblems() =>
        X12StructureChecker.Check(Golden.Read("837i-hospital-chemotherapy.x12")).Should().BeEmpty();

    [Theory]
    [InlineData("SE*33*0001~", "SE*32*0001~", "SE01")]
    [InlineData("SE*33*0001~", "SE*33*0002~", "SE02")]
    [InlineData("GE*1*", "GE*2*", "GE01")]
    [InlineData("IEA*1*330286139", "IEA*1*330286130", "IEA02")]
    [InlineData("LX*2~", "LX*3~", "LX01")]
    [InlineData("HL*2*1*22*0~", "HL*3*1*22*0~", "HL 2")]
    [InlineData("DMG*D8*19510704*F~", "", "loop order")]
    public void Check_BrokenInterchange_NamesTheProblem(string find, string replace, string expected)
    {
        var text = Golden.Read("837p-office-chemotherapy.x12");
        text.Should().Contain(find);

        var problems = X12StructureChecker.Check(text.Replace(find, replace, StringComparison.Ordinal));

        problems.Should().Contain(p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_NotAnInterchange_SaysSo() =>
        X12StructureChecker.Check("ST*837*0001~").Should().ContainSingle().Which.Should().Contain("ISA");
}
