using FluentAssertions;
using OncologyBilling.Api.Validation;

namespace OncologyBilling.Api.IntegrationTests.Validation;

/// <summary>
/// NPI check digit (CMS NPI standard): Luhn over "80840" + the first nine digits. For 123456789: doubling every other
/// digit from the right gives 9→18→9, 7→14→5, 5→10→1, 3→6, 1→2; sum 24 (prefix) + 9+8+5+6+1+4+3+2+2 = 64; check (10 − 4) mod 10 = 3.
/// </summary>
public sealed class NpiTests
{
    [Theory]
    [InlineData("1234567893", true)]
    [InlineData("1234567890", false)]
    [InlineData("1234567894", false)]
    [InlineData("123456789", false)]
    [InlineData("12345678930", false)]
    [InlineData("12345678a3", false)]
    [InlineData("１２３４５６７８９３", false)]
    public void IsValid_Npi_MatchesLuhnWithPrefix80840(string npi, bool valid) => Npi.IsValid(npi).Should().Be(valid);
}
