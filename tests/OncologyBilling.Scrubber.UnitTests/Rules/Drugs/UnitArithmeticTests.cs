using FluentAssertions;
using OncologyBilling.Scrubber.Rules.Drugs;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Drugs;

public sealed class UnitArithmeticTests
{
    [Theory]
    [InlineData(1, DoseUnit.G, DoseUnit.Mg, 1000)]
    [InlineData(250, DoseUnit.Mcg, DoseUnit.Mg, 0.25)]
    [InlineData(0.25, DoseUnit.Mg, DoseUnit.Mcg, 250)]
    [InlineData(1000, DoseUnit.ML, DoseUnit.ML, 1000)]
    public void ToUnit_MassAndSameUnit_Convert(decimal amount, DoseUnit from, DoseUnit to, decimal expected) =>
        DoseConverter.ToUnit(amount, from, to).Should().Be(expected);

    [Theory]
    [InlineData(DoseUnit.ML, DoseUnit.Mg)]
    [InlineData(DoseUnit.Units, DoseUnit.Mg)]
    [InlineData(DoseUnit.Mg, DoseUnit.Units)]
    public void ToUnit_Incompatible_IsNull(DoseUnit from, DoseUnit to) =>
        DoseConverter.ToUnit(1, from, to).Should().BeNull();

    [Theory]
    [InlineData(210, 220)] // U4: 100 + 120
    [InlineData(480, 480)] // 2 x 240
    [InlineData(41, 80)] // 40 + 40
    public void LeastTotal_NivolumabSizes_FindsSmallestCover(decimal dose, decimal expected) =>
        VialOptimizer.LeastTotal([40m, 100m, 120m, 240m], dose).Should().Be(expected);

    [Fact]
    public void LeastTotal_FractionalSizes_ScaleToWholeNumbers() =>
        VialOptimizer.LeastTotal([7.5m, 22.5m], 30m).Should().Be(30m);

    [Fact]
    public void LeastTotal_NoSizes_IsNull() => VialOptimizer.LeastTotal([], 10m).Should().BeNull();
}
