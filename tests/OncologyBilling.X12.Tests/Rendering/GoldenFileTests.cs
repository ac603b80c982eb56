using FluentAssertions;
using OncologyBilling.X12.Checking;
using OncologyBilling.X12.Rendering;

namespace OncologyBilling.X12.Tests.Rendering;

/// <summary>
/// Golden files written by hand, segment by segment, against the implementation guides' published examples:
/// X12's 005010X222 Example 01 "Commercial Health Insurance" (x12.org/examples/005010x222/example-01-commercial-health-insurance)
/// for 837P and 005010X223 Example 1A "Institutional Claim" (x12.org/examples/005010x223/example-1a-institutional-claim)
/// for 837I. docs/x12.md reviews every segment against them and names where ours differs and why.
/// </summary>
public sealed class GoldenFileTests
{
    [Theory]
    [InlineData(CareSetting.Office, "837p-office-chemotherapy.x12")]
    [InlineData(CareSetting.HospitalOutpatient, "837i-hospital-chemotherapy.x12")]
    public void Render_ChemotherapyDay_MatchesGoldenFileSegmentBySegment(CareSetting setting, string golden)
    {
        var renderer = new X12ClaimRenderer(ClaimFixtures.Options(setting), FixedTime.At20260302);

        var rendering = renderer.Render(ClaimFixtures.Claim(setting));

        rendering.Problems.Should().BeEmpty();
        Golden.Segments(rendering.Text!).Should().Equal(Golden.Lines(golden));
        X12StructureChecker.Check(rendering.Text!).Should().BeEmpty();
    }

    [Fact]
    public void Render_Office_SegmentCountMatchesSe01()
    {
        var text = new X12ClaimRenderer(ClaimFixtures.Options(CareSetting.Office), FixedTime.At20260302).Render(ClaimFixtures.Claim(CareSetting.Office)).Text!;

        var segments = Golden.Segments(text);
        var st = Array.FindIndex(segments, s => s.StartsWith("ST*", StringComparison.Ordinal));
        var se = Array.FindIndex(segments, s => s.StartsWith("SE*", StringComparison.Ordinal));

        segments[se].Should().Be($"SE*{se - st + 1}*0001~");
        text.Should().NotContain("\n");
    }
}
