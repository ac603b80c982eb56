using FluentAssertions;
using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Csv;
using OncologyBilling.ReferenceData.Files;
using OncologyBilling.ReferenceData.Ncci;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

/// <summary>A malformed reference file stops startup with a message naming the file and the problem.</summary>
public sealed class MalformedFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("refdata-test").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_MalformedMueRow_ThrowsNamingTheFile()
    {
        File.WriteAllText(Path.Combine(_folder, "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv"), "\"notice\"\n\"HCPCS/\nCPT Code\",Value,MAI\nJ9271,lots,3 Date of Service Edit: Clinical\n");

        var load = () => ReferenceFileSet.Load(_folder);

        load.Should().Throw<ReferenceDataException>().WithMessage("*MCR_MUE_PractitionerServices_Eff_04-01-2026.csv*row 3*");
    }

    [Fact]
    public void Load_IcdFileWithBadRow_Throws()
    {
        File.WriteAllText(Path.Combine(_folder, "icd10cm-codes-2026.txt"), "C50911  Malignant neoplasm\nnot a code at all\n");

        var load = () => ReferenceFileSet.Load(_folder);

        load.Should().Throw<ReferenceDataException>().WithMessage("*icd10cm-codes-2026.txt*row 2*");
    }

    [Fact]
    public void Load_MissingFolder_Throws()
    {
        var load = () => ReferenceFileSet.Load(Path.Combine(_folder, "absent"));

        load.Should().Throw<ReferenceDataException>().WithMessage("*does not exist*");
    }

    [Fact]
    public void PtpLoader_ReadsCmsLayout()
    {
        var path = Path.Combine(_folder, "ccipra-v321r0-f1.txt");
        File.WriteAllText(path, "notice line\nColumn 1\tColumn 2\t*\tEffective Date\tDeletion Date\tModifier\tRationale\n96413\t96360\t\t20090101\t*\t1\tStandards\n96413\t96365\t\t20090101\t20100101\t0\tx\n");

        var table = PtpFileLoader.Load([path], "ncci-ptp-practitioner");

        table.Count.Should().Be(2);
        table.Find("96413", "96360", new DateOnly(2026, 3, 2))!.ModifierIndicator.Should().Be(1);
        table.Find("96413", "96365", new DateOnly(2026, 3, 2)).Should().BeNull("deleted 2010-01-01");
    }

    [Fact]
    public void Load_AddendumBWithoutStatusIndicatorColumn_ThrowsNamingTheFile()
    {
        // Status indicators and OPPS rates come from one Addendum B parser; a missing column stops startup either way.
        File.WriteAllText(Path.Combine(_folder, "opps_addendum_b_2025oct.csv"), "HCPCS Code,APC,Payment Rate\nJ9271,,\n");

        var load = () => OncologyBilling.ReferenceData.Opps.OppsFileLoader.Load(Path.Combine(_folder, "opps_addendum_b_2025oct.csv"));

        load.Should().Throw<ReferenceDataException>().WithMessage("*opps_addendum_b_2025oct.csv*SI*");
    }

    [Fact]
    public void CsvReader_QuotedLineBreaksAndQuotes_AreOneField()
    {
        var rows = CsvReader.Read(new StringReader("\"a\nb\",\"say \"\"hi\"\"\",c\r\nd,e,f")).ToArray();

        rows.Should().HaveCount(2);
        rows[0].Should().Equal("a\nb", "say \"hi\"", "c");
        rows[1].Should().Equal("d", "e", "f");
    }
}
