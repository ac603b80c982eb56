using FluentAssertions;
using OncologyBilling.ReferenceData.Drugs;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

/// <summary>Billing units read from the CMS files' own text (ASP Jan 2026 dosages, HCPCS Oct 2025 long descriptors).</summary>
public sealed class BillingUnitTextTests
{
    [Theory]
    [InlineData("1 MG", 1, DoseUnit.Mg, false)]
    [InlineData("200 MG", 200, DoseUnit.Mg, false)]
    [InlineData("0.1 MG", 0.1, DoseUnit.Mg, false)]
    [InlineData("1.125 GM", 1.125, DoseUnit.G, false)]
    [InlineData("1000 CC", 1000, DoseUnit.ML, false)]
    [InlineData("1 IU", 1, DoseUnit.Units, false)]
    [InlineData("600000 UNITS", 600000, DoseUnit.Units, false)]
    [InlineData("UP TO 50 MG", 50, DoseUnit.Mg, true)]
    [InlineData("1mg", 1, DoseUnit.Mg, false)]
    public void FromAspDosage_Amounts_Read(string dosage, double amount, DoseUnit unit, bool upTo) =>
        BillingUnitText.FromAspDosage(dosage).Should().Be(new BillingUnit((decimal)amount, unit, upTo));

    [Theory]
    [InlineData("3 mg/1 mg")]
    [InlineData("PER DOSE")]
    [InlineData("2 MEQ")]
    [InlineData("UP TO 250 MILLION CAR T CELLS")]
    public void FromAspDosage_NoDivisibleAmount_Null(string dosage) => BillingUnitText.FromAspDosage(dosage).Should().BeNull();

    [Theory]
    [InlineData("Injection, ceftriaxone sodium, per 250 mg", 250, DoseUnit.Mg, false)]
    [InlineData("Injection, diphenhydramine hcl, up to 50 mg", 50, DoseUnit.Mg, true)]
    [InlineData("Injection, darbepoetin alfa, 1 microgram (non-esrd use)", 1, DoseUnit.Mcg, false)]
    [InlineData("Injection, ferumoxytol, for treatment of iron deficiency anemia, 1 mg (non-esrd use)", 1, DoseUnit.Mg, false)]
    [InlineData("Infusion, normal saline solution, sterile (500 ml=1 unit)", 500, DoseUnit.ML, false)]
    [InlineData("Injection, abatacept, 10 mg (code may be used for medicare when drug administered under the direct supervision", 10, DoseUnit.Mg, false)]
    [InlineData("Injection, tinzaparin sodium, 1000 iu", 1000, DoseUnit.Units, false)]
    public void FromDescriptor_DoseSegment_Read(string descriptor, double amount, DoseUnit unit, bool upTo) =>
        BillingUnitText.FromDescriptor(descriptor).Should().Be(new BillingUnit((decimal)amount, unit, upTo));

    [Theory]
    [InlineData("Injection, atidarsagene autotemcel, per treatment")]
    [InlineData("Injection, betamethasone acetate 3 mg and betamethasone sodium phosphate 3 mg")]
    public void FromDescriptor_NoUnit_Null(string descriptor) => BillingUnitText.FromDescriptor(descriptor).Should().BeNull();
}
