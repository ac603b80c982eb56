using FluentAssertions;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.UnitTests.Rules;

public sealed class WordingTests
{
    [Theory]
    [InlineData(DoseUnit.Mg, "mg")]
    [InlineData(DoseUnit.Mcg, "mcg")]
    [InlineData(DoseUnit.G, "g")]
    [InlineData(DoseUnit.ML, "mL")]
    [InlineData(DoseUnit.Units, "units")]
    public void Unit_SpelledAsTheContract(DoseUnit unit, string expected) => Wording.Unit(unit).Should().Be(expected);

    [Fact]
    public void Amount_TrimsTrailingZerosToThreeDecimals()
    {
        Wording.Amount(333.000m, DoseUnit.Mg).Should().Be("333 mg");
        Wording.Amount(0.25m, DoseUnit.ML).Should().Be("0.25 mL");
        Wording.Number(1.4400m).Should().Be("1.44");
    }

    [Theory]
    [InlineData("10 MG", "10 mg")]
    [InlineData("1000 CC", "1000 cc")]
    [InlineData("500 ML", "500 mL")]
    [InlineData("UP TO 1 GM", "UP TO 1 g")]
    [InlineData("1000 UNITS", "1000 units")]
    [InlineData("PER VIAL", "PER VIAL")]
    public void CmsDosage_UnitsAfterANumberAsTheContractSpellsThem(string label, string expected) =>
        Wording.CmsDosage(label).Should().Be(expected);

    [Fact]
    public void Container_InWords()
    {
        Wording.Container(ContainerType.SingleDose).Should().Be("single-dose");
        Wording.Container(ContainerType.MultipleDose).Should().Be("multiple-dose");
        Wording.Container(ContainerType.PharmacyBulk).Should().Be("pharmacy bulk package");
    }

    [Fact]
    public void EveryValueOfEveryWordedEnum_HasLowercaseOrProperWording()
    {
        string[] words =
        [
            .. Enum.GetValues<DoseUnit>().Select(Wording.Unit),
            .. Enum.GetValues<ContainerType>().Select(Wording.Container),
            .. Enum.GetValues<DrugCategory>().Select(Wording.Category),
            .. Enum.GetValues<AdministrationRoute>().Select(Wording.Route),
            .. Enum.GetValues<PayerType>().Select(Wording.Payer),
        ];

        // No PascalCase compound (an enum name) survives: a capital is allowed only at the start (Medicare) or in "IV"/"NDC".
        words.Should().OnlyContain(w => !System.Text.RegularExpressions.Regex.IsMatch(w, "[a-z][A-Z][a-z]"));
        Wording.Category(DrugCategory.HormonalAntineoplastic).Should().Be("hormonal antineoplastic");
        Wording.Route(AdministrationRoute.IvPush).Should().Be("IV push");
        Wording.Payer(PayerType.MedicareAdvantage).Should().Be("Medicare Advantage");
    }
}
