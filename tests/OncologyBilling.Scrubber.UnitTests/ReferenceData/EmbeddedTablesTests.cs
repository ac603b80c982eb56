using FluentAssertions;
using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Files;
using OncologyBilling.ReferenceData.Mue;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

/// <summary>Every embedded row says what the full CMS/CDC file says: the curated tables are subsets, not guesses.</summary>
public sealed class EmbeddedTablesTests
{
    private static readonly ReferenceDataSet Embedded = ReferenceDataSet.LoadEmbedded();
    private static readonly ReferenceDataSet Full = ReferenceFileSet.Load(SharedRefData.Folder, Embedded);

    [Fact]
    public void Icd_EmbeddedCategories_MatchTheFullFile()
    {
        foreach (var category in Embedded.Icd.CoveredCategories!)
        {
            foreach (var code in new[] { category, $"{category}.0", $"{category}.9", $"{category}.91", $"{category}.911" })
            {
                Embedded.Icd.Lookup(code).Should().Be(Full.Icd.Lookup(code), code);
            }
        }
    }

    [Fact]
    public void Mue_EmbeddedRows_MatchBothFullTables()
    {
        foreach (var kind in new[] { MueTableKind.Practitioner, MueTableKind.OutpatientHospital })
        {
            foreach (var code in new[] { "J9271", "96413", "96415", "J9045", "99497", "99498", "J7030", "J1200", "J2469" })
            {
                Embedded.Mue.For(kind).TryFind(code, out var embedded).Should().BeTrue();
                Full.Mue.For(kind).TryFind(code, out var full).Should().BeTrue();
                embedded.Should().Be(full, $"{kind} {code}");
            }
        }
    }

    [Fact]
    public void EmbeddedStatusIndicatorsHcpcsAndCrosswalk_MatchTheFullFiles()
    {
        foreach (var code in Embedded.Drugs.Rows.Select(r => r.Hcpcs))
        {
            Embedded.StatusIndicators.Find(code).Should().Be(Full.StatusIndicators.Find(code), code);
            Embedded.Hcpcs.Find(code).Should().Be(Full.Hcpcs.Find(code), code);
        }

        foreach (var modifier in new[] { "JW", "JZ", "JG", "TB" })
        {
            Embedded.Hcpcs.Find(modifier).Should().Be(Full.Hcpcs.Find(modifier), modifier);
        }

        Embedded.Crosswalk.Find("00006302602").Should().BeEquivalentTo(Full.Crosswalk.Find("00006302602"));
    }

    [Fact]
    public void Modifier340BMatrix_AgreesWithHcpcsDates()
    {
        Embedded.Modifiers340B.Find(new DateOnly(2024, 6, 3)).Should().Be("JG");
        Embedded.Modifiers340B.Find(new DateOnly(2025, 1, 1)).Should().Be("TB");
        Full.Hcpcs.IsActiveOn("JG", new DateOnly(2024, 6, 3)).Should().BeTrue();
        Full.Hcpcs.IsActiveOn("JG", new DateOnly(2025, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void Embedded_DoesNotClaimCompleteness()
    {
        Embedded.Icd.IsComplete.Should().BeFalse();
        Embedded.Mue.Practitioner.IsComplete.Should().BeFalse();
        Embedded.Ptp.Practitioner.IsEmpty.Should().BeTrue();
        Full.Icd.IsComplete.Should().BeTrue();
    }
}
