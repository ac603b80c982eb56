using FluentAssertions;
using OncologyBilling.X12.Writing;

namespace OncologyBilling.X12.Tests.Writing;

public sealed class X12SegmentWriterTests
{
    private readonly X12SegmentWriter _writer = new(X12Delimiters.Default);

    [Fact]
    public void Write_SimpleElements_JoinsWithElementSeparatorAndEndsWithSegmentTerminator()
    {
        _writer.Write("NM1", "41", "2", "PREMIER BILLING SERVICE", null, null, null, null, "46", "TGJ23");

        _writer.ToString().Should().Be("NM1*41*2*PREMIER BILLING SERVICE*****46*TGJ23~");
    }

    [Fact]
    public void Write_TrailingEmptyElements_AreLeftOut()
    {
        _writer.Write("N3", "236 N MAIN ST", null);
        _writer.Write("SBR", "P", "18", null, null, "");

        _writer.ToString().Should().Be("N3*236 N MAIN ST~SBR*P*18~");
    }

    [Fact]
    public void Write_Composite_JoinsComponentsAndDropsTrailingEmptyOnes()
    {
        _writer.Write("SV1", X12Element.Composite("HC", "96413", null, null), "100", "UN", "1", null, null, X12Element.Composite("1", "2"));

        _writer.ToString().Should().Be("SV1*HC:96413*100*UN*1***1:2~");
    }

    [Fact]
    public void Write_Repeated_JoinsWithRepetitionSeparator()
    {
        _writer.Write("XX1", X12Element.Repeated("A", "B"));

        _writer.ToString().Should().Be("XX1*A^B~");
    }

    [Theory]
    [InlineData("SMITH*JANE")]
    [InlineData("SMITH:JANE")]
    [InlineData("SMITH^JANE")]
    [InlineData("SMITH~JANE")]
    [InlineData("SMITH\nJANE")]
    public void Write_ValueWithSeparatorOrControl_IsRefusedWithoutEchoingTheValue(string value)
    {
        var write = () => _writer.Write("NM1", "IL", "1", value);

        write.Should().Throw<X12ValueException>().Which.Message.Should().Contain("NM103").And.NotContain("SMITH");
    }

    [Theory]
    [InlineData("nm1")]
    [InlineData("N")]
    [InlineData("NM1X")]
    public void Write_MalformedSegmentId_IsRefused(string id)
    {
        var write = () => _writer.Write(id, "A");

        write.Should().Throw<X12ValueException>();
    }

    [Fact]
    public void TransactionSegmentCount_CountsFromBeginTransaction()
    {
        _writer.Write("GS", "HC");
        _writer.BeginTransaction();
        _writer.Write("ST", "837");
        _writer.Write("BHT", "0019");

        _writer.TransactionSegmentCount.Should().Be(2);
        _writer.SegmentCount.Should().Be(3);
    }

    [Fact]
    public void Write_OtherDelimiters_UsesThemAndRefusesThemInValues()
    {
        var writer = new X12SegmentWriter(new X12Delimiters('|', '>', '!', '\''));

        writer.Write("HI", X12Element.Composite("ABK", "Z5111"), "A*B");
        var refused = () => writer.Write("N3", "O'HARE");

        writer.ToString().Should().Be("HI|ABK>Z5111|A*B'");
        refused.Should().Throw<X12ValueException>();
    }
}
