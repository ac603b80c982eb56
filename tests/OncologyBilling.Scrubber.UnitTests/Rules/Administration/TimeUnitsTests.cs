using FluentAssertions;
using OncologyBilling.Scrubber.Rules.Administration;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Administration;

public sealed class TimeUnitsTests
{
    // coding-rules.md §9.1 boundary table: floor((T − 31) / 60), never negative.
    [Theory]
    [InlineData(16, 0)]
    [InlineData(31, 0)]
    [InlineData(90, 0)]
    [InlineData(91, 1)]
    [InlineData(150, 1)]
    [InlineData(151, 2)]
    [InlineData(165, 2)]
    [InlineData(210, 2)]
    [InlineData(211, 3)]
    public void AdditionalHours_MidpointRule_MatchesBoundaryTable(int minutes, int expected) =>
        TimeUnits.AdditionalHours(minutes).Should().Be(expected);

    // §9.1 hydration table, secondary column: 1 + floor((T − 31) / 60) once T ≥ 31.
    [Theory]
    [InlineData(25, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 1)]
    [InlineData(90, 1)]
    [InlineData(91, 2)]
    [InlineData(95, 2)]
    [InlineData(151, 3)]
    public void SecondaryHydrationUnits_MatchesHydrationTable(int minutes, int expected) =>
        TimeUnits.SecondaryHydrationUnits(minutes).Should().Be(expected);
}
