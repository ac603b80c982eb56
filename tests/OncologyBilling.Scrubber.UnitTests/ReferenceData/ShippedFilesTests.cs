using System.Security.Cryptography;
using System.Text.RegularExpressions;
using FluentAssertions;
using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Csv;
using OncologyBilling.ReferenceData.Files;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

/// <summary>The shipped release files are the ones refdata/PROVENANCE.md describes, byte for byte once decompressed, with no CPT text.</summary>
public sealed partial class ShippedFilesTests
{
    [GeneratedRegex(@"^(\d{4}[0-9A-Z]|D\d{4})$")]
    private static partial Regex CptOrCdt();

    // Decompressed sha256 of each file as PROVENANCE.md records it (for .gz files its "decompressed" hash).
    public static TheoryData<string, string> Provenance() => new()
    {
        { "icd10cm-codes-2026.txt.gz", "a7e2a77e4627ed55c8afe2b8a7ae22efcbab6b6b162d96cf145213772c1246ba" },
        { "HCPC2025_OCT_ANWEB.csv.gz", "65fd614c4bbeb22c0873242a46143c1498c612f96a520243f777e6e667abca83" },
        { "asp_payment_limits_2026q1.csv.gz", "59751e0056b40d716fe6d91446c52dba8f21f81a6e0b3a19dd39a2b920aca397" },
        { "asp_ndc_hcpcs_crosswalk_2026q1.csv.gz", "13f4611ae84be0dbf017f6b9b36348db3c992a7c072b99cd79ff11878bebf2a8" },
        { "ncci_ptp_2024q3_infusion_extract.csv.gz", "22ee65d5cd4075c0719322ddfdb6cb47139ff4488b0b8e80207dc1042f2ffe8f" },
        { "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv.gz", "720027c47fd38f3194bbe332d7cd7e6940cdc1e1945d08d46000945c7ce6494c" },
        { "MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv.gz", "503b545c1a6991ca78e8376cf3d1dece3368282501920d52223c2bd5dd83285e" },
        { "pfs_rvu26c_2026jul_infusion_acp_subset.csv.gz", "9b9a61bc1921c9a61635c63d5d322f76e48785ca2f517b2b44f7be4ce0bb2afe" },
        { "opps_addendum_b_2025oct.csv.gz", "82c9edbe7c7524371470ab8418f02766bfa9335a97c1deb49405681364a180d5" },
    };

    [Theory]
    [MemberData(nameof(Provenance))]
    public void ShippedFile_DecompressesToTheProvenanceHash(string name, string sha256)
    {
        using var stream = ShippedFiles.Source(name).OpenRead();

        Convert.ToHexStringLower(SHA256.HashData(stream)).Should().Be(sha256);
    }

    [Fact]
    public void Shipped_IsExactlyTheProvenanceFiles()
    {
        ReferenceSource.Shipped.Select(s => s.Name).Should().BeEquivalentTo(Provenance().Select(row => row.Data.Item1));
    }

    // PROVENANCE: descriptors blanked on 33 ASP, 27 crosswalk and 12,256 Addendum B CPT/CDT rows; the HCPCS file holds no CPT code.
    [Theory]
    [InlineData("asp_payment_limits_2026q1.csv.gz", "HCPCS Code", "Short Description", 33)]
    [InlineData("asp_ndc_hcpcs_crosswalk_2026q1.csv.gz", "HCPCS_CODE", "Short Description", 27)]
    [InlineData("opps_addendum_b_2025oct.csv.gz", "HCPCS Code", "Short Descriptor", 12_256)]
    [InlineData("HCPC2025_OCT_ANWEB.csv.gz", "HCPC", "LONG DESCRIPTION", 0)]
    public void Shipped_CptAndCdtCodesCarryNoDescriptor(string name, string codeColumn, string descriptorColumn, int cptRows)
    {
        using var reader = ShippedFiles.Open(name);
        var rows = CsvReader.Read(reader).ToArray();
        var code = Array.IndexOf(rows[0], codeColumn);
        var descriptor = Array.IndexOf(rows[0], descriptorColumn);
        var cpt = rows.Skip(1).Where(r => r.Length > descriptor && CptOrCdt().IsMatch(r[code].Trim())).ToArray();

        descriptor.Should().BeGreaterThan(code).And.BeGreaterThanOrEqualTo(0);
        cpt.Should().HaveCount(cptRows);
        cpt.Where(r => r[descriptor].Trim().Length > 0).Select(r => r[code]).Should().BeEmpty("CPT/CDT descriptors are AMA/ADA text");
    }

    [Fact]
    public void Shipped_PfsSubsetHasNoDescriptionColumn()
    {
        using var reader = ShippedFiles.Open("pfs_rvu26c_2026jul_infusion_acp_subset.csv.gz");

        CsvReader.Read(reader).First().Should().NotContain(h => h.Contains("DESCRIPTION", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Modifier340BMatrix_AgreesWithHcpcsDates()
    {
        var data = ReferenceDataSet.Shipped;

        data.Modifiers340B.Find(new DateOnly(2024, 6, 3)).Should().Be("JG");
        data.Modifiers340B.Find(new DateOnly(2025, 1, 1)).Should().Be("TB");
        data.Hcpcs.IsActiveOn("JG", new DateOnly(2024, 6, 3)).Should().BeTrue();
        data.Hcpcs.IsActiveOn("JG", new DateOnly(2025, 1, 1)).Should().BeFalse("HCPCS Oct 2025: JG TERM DT 20241231");
    }
}
