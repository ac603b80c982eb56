using FluentAssertions;
using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Rates;

namespace OncologyBilling.Scrubber.UnitTests.ReferenceData;

public sealed class RateScheduleTests
{
    private static readonly RateSchedule<AspLimitRow> Schedule = new(
        [Release("2026-Q1", 2026, 1, 10m), Release("2026-Q2", 2026, 4, 11m)], r => r.Hcpcs);

    [Theory]
    [InlineData("2026-02-15", "2026-Q1", ReleaseFit.Covers)]
    [InlineData("2026-04-01", "2026-Q2", ReleaseFit.Covers)]
    [InlineData("2026-08-01", "2026-Q2", ReleaseFit.Predates)]
    [InlineData("2025-12-31", "2026-Q1", ReleaseFit.None)]
    public void For_DateOfService_ChoosesCoveringElseNewestEarlierElseNone(string date, string version, ReleaseFit fit)
    {
        var release = Schedule.For(DateOnly.Parse(date));

        release.Version.Version.Should().Be(version);
        release.Fit.Should().Be(fit);
    }

    [Fact]
    public void Find_NoReleaseInEffect_FindsNothing()
    {
        Schedule.For(new DateOnly(2025, 12, 31)).Find("J9271").Should().BeNull();
        Schedule.For(new DateOnly(2026, 8, 1)).Find("j9271")!.PaymentLimit.Should().Be(11m);
    }

    private static TableFile<AspLimitRow> Release(string version, int year, int month, decimal limit)
    {
        var from = new DateOnly(year, month, 1);
        return new("asp-limits", version, "test", from, from.AddMonths(3).AddDays(-1),
            [new AspLimitRow { Hcpcs = "J9271", Dosage = "1 MG", PaymentLimit = limit, CoinsurancePercent = 20m }]);
    }
}
