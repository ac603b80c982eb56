using FluentAssertions;
using OncologyBilling.Scrubber.Rules.Diagnoses;
using OncologyBilling.Scrubber.UnitTests.ReferenceData;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Diagnoses;

/// <summary>Code shapes, checked against the CDC FY2026 codes file titles (§I.C.19.e.5.a: the 5th or 6th character 5).</summary>
public sealed class IcdCodesTests
{
    [Theory]
    [InlineData("T45.1X5A", true)]
    [InlineData("T36.0X5A", true)]
    [InlineData("T42.75XA", true)]
    [InlineData("T43.655A", true)]
    [InlineData("T43.651A", false)]
    [InlineData("T45.1X6A", false)]
    [InlineData("T45.1X1A", false)]
    [InlineData("T51.0X1A", false)]
    [InlineData("T80.1XXA", false)]
    [InlineData("R11.2", false)]
    public void IsAdverseEffect_IntentCharacter_DecidesIt(string code, bool expected) => IcdCodes.IsAdverseEffect(code).Should().Be(expected);

    [Fact]
    public void IsAdverseEffect_OverTheFy2026File_MatchesExactlyTheAdverseEffectTitles()
    {
        var mismatches = FileRows().Where(r => r.Code[0] == 'T')
            .Where(r => IcdCodes.IsAdverseEffect(r.Code) != r.Title.StartsWith("Adverse effect of", StringComparison.Ordinal))
            .Select(r => r.Code).ToArray();

        mismatches.Should().BeEmpty();
        FileRows().Count(r => IcdCodes.IsAdverseEffect(r.Code)).Should().Be(525, "the FY2026 file has 525 'Adverse effect of' codes in T36–T50");
    }

    [Fact]
    public void ManifestationTable_HoldsEveryInDiseasesClassifiedElsewhereTitle_AndOnlyBillableCodes()
    {
        var rows = FileRows().ToDictionary(r => r.Code, r => r.Title);
        var table = ReferenceDataFixtureTables.Manifestations.ToArray();
        var titled = rows.Where(r => r.Value.Contains("in diseases classified elsewhere", StringComparison.OrdinalIgnoreCase)).Select(r => r.Key);

        table.Select(m => m.Code).Should().OnlyContain(code => rows.ContainsKey(code));
        table.Select(m => m.Code).Should().Contain(titled);
        table.Select(m => m.Code).Should().Contain(["D63.0", "D63.1", "D63.8"]);
    }

    private static List<(string Code, string Title)> FileRows()
    {
        using var reader = ShippedFiles.Open("icd10cm-codes-2026.txt.gz");
        var rows = new List<(string Code, string Title)>();
        while (reader.ReadLine() is { } line)
        {
            var bare = line[..7].Trim();
            rows.Add((bare.Length > 3 ? $"{bare[..3]}.{bare[3..]}" : bare, line[8..].Trim()));
        }

        return rows;
    }
}
