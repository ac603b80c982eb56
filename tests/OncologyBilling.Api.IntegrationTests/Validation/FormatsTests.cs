using System.Text.RegularExpressions;
using FluentAssertions;
using OncologyBilling.Api.Validation;

namespace OncologyBilling.Api.IntegrationTests.Validation;

/// <summary>The code shapes: NDC forms of coding-rules.md §6 (NDC-01…05), ICD-10-CM and HCPCS.</summary>
public sealed class FormatsTests
{
    [Theory]
    [InlineData("0006-3026-02", true)]
    [InlineData("65597-406-01", true)]
    [InlineData("60575-4112-1", true)]
    [InlineData("00006-3026-02", true)]
    [InlineData("00006302602", true)]
    [InlineData("0006302602", true)]
    [InlineData("000630260", false)]
    [InlineData("000630260211", false)]
    [InlineData("0006-302-602", false)]
    [InlineData("0006 3026 02", false)]
    public void Ndc_Shape_AcceptsHyphenatedFormsAnd10Or11Digits(string ndc, bool valid) => Regex.IsMatch(ndc, Formats.Ndc).Should().Be(valid);

    [Theory]
    [InlineData("C56.1", true)]
    [InlineData("C561", true)]
    [InlineData("Z51.11", true)]
    [InlineData("T45.1X5A", true)]
    [InlineData("C61", true)]
    [InlineData("561", false)]
    [InlineData("C5", false)]
    [InlineData("C56.12345", false)]
    public void Icd10Cm_Shape(string code, bool valid) => Regex.IsMatch(code, Formats.Icd10Cm).Should().Be(valid);

    [Theory]
    [InlineData("J9271", true)]
    [InlineData("j9271", true)]
    [InlineData("Q5112", true)]
    [InlineData("96413", false)]
    [InlineData("J927", false)]
    [InlineData("W9271", false)]
    public void Hcpcs_Shape(string code, bool valid) => Regex.IsMatch(code, Formats.Hcpcs).Should().Be(valid);
}
