using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;

namespace OncologyBilling.Api.IntegrationTests;

public sealed class EnumLeaksTests
{
    [Theory]
    [InlineData("paclitaxel 333 Mg ÷ 1 Mg = 333 → 333 units.")]
    [InlineData("normal saline 1000 ML ÷ up to 1000 ML = 1 → 1 unit.")]
    [InlineData("fosaprepitant: no containers documented (catalog: SingleDose).")]
    [InlineData("rituximab: documented category Therapeutic overrides the catalog default Chemotherapy.")]
    [InlineData("J9271: the MedicareAdvantage payer requires the NDC.")]
    public void Leaks_EnumNames_AreFound(string text) => EnumLeaks.Leaks(text).Should().BeTrue();

    [Theory]
    [InlineData("paclitaxel 333 mg ÷ 1 mg = 333 → 333 units.")]
    [InlineData("fosaprepitant: no containers documented (catalog: single-dose).")]
    [InlineData("Therapeutic infusion, initial: fosaprepitant 08:30–09:00 (30 min).")]
    [InlineData("J9271: the Medicare payer requires the NDC; OPPS SI G.")]
    public void Leaks_ContractSpellingAndSentenceStarts_AreNotLeaks(string text) => EnumLeaks.Leaks(text).Should().BeFalse();
}
