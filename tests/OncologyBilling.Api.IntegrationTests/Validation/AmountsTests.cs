using FluentAssertions;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Validation;
using OncologyBilling.ReferenceData.Vocabulary;

namespace OncologyBilling.Api.IntegrationTests.Validation;

/// <summary>Wasted versus opened: masses convert (1 g = 1,000 mg = 1,000,000 mcg); other units compare only with themselves.</summary>
public sealed class AmountsTests
{
    [Theory]
    // Two 100 mg vials = 200 mg opened.
    [InlineData(200, DoseUnit.Mg, true)]
    [InlineData(201, DoseUnit.Mg, false)]
    [InlineData(0.2, DoseUnit.G, true)]
    [InlineData(0.201, DoseUnit.G, false)]
    [InlineData(200000, DoseUnit.Mcg, true)]
    [InlineData(200001, DoseUnit.Mcg, false)]
    [InlineData(5000, DoseUnit.ML, true)]
    [InlineData(5000, DoseUnit.Units, true)]
    public void WastedFitsInVials_TwoHundredMgOpened(double wasted, DoseUnit unit, bool fits)
    {
        var administration = new AdministrationInput
        {
            Vials = [new VialInput { Size = new QuantityInput { Amount = 100, Unit = DoseUnit.Mg }, Count = 2 }],
            Wasted = new QuantityInput { Amount = (decimal)wasted, Unit = unit },
        };

        Amounts.WastedFitsInVials(administration).Should().Be(fits);
    }

    [Fact]
    public void WastedFitsInVials_NoVials_IsNotJudged()
    {
        var administration = new AdministrationInput { Wasted = new QuantityInput { Amount = 1_000, Unit = DoseUnit.Mg } };

        Amounts.WastedFitsInVials(administration).Should().BeTrue();
    }
}
