using FluentAssertions;
using OncologyBilling.Scrubber.Rules.Ndc;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Drugs;

public sealed class NdcNormalizerTests
{
    [Theory]
    [InlineData("0006-3026-02", "00006302602", "NDC-01")]
    [InlineData("0003-3734-13", "00003373413", "NDC-01")]
    [InlineData("65597-406-01", "65597040601", "NDC-02")]
    [InlineData("50242-145-01", "50242014501", "NDC-02")]
    [InlineData("60575-4112-1", "60575411201", "NDC-03")]
    [InlineData("00006-3026-02", "00006302602", "NDC-05")]
    [InlineData("00006302602", "00006302602", "NDC-05")]
    public void Normalize_E6Forms_GiveElevenDigits(string raw, string expected, string rule)
    {
        var result = NdcNormalizer.Normalize(raw);

        result.Ndc11.Should().Be(expected);
        result.Rule.Id.Should().Be(rule);
    }

    [Theory]
    [InlineData("0006302602")]
    [InlineData("6559740601")]
    [InlineData("123-45-6")]
    [InlineData("abcde-fghi-jk")]
    public void Normalize_AmbiguousOrInvalid_IsNdc04(string raw) =>
        NdcNormalizer.Normalize(raw).Should().Be(new NdcResult(null, Findings.Catalog.NdcRules.Ndc04));
}
