using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>
/// Requests no real encounter produces are 400s, not claims (issue 12 item 3). The base request's paclitaxel runs
/// 2026-03-02 10:00–12:45 -05:00 with 'pump': false and the ondansetron push starts 09:30; dateOfService is 2026-03-02.
/// </summary>
public sealed class PlausibilityTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private const string CheckEnd = "check the end date";

    [Theory]
    // Not on a pump: 24 h 1 min is over the 24-hour limit; an end-date typo of three days (the 96415 × 71).
    [InlineData("administrations[0].end", """{"administrations[0].end":"2026-03-03T10:01:00-05:00"}""")]
    [InlineData("administrations[0].end", """{"administrations[0].end":"2026-03-05T12:45:00-05:00"}""")]
    [InlineData("administrations[0].end", """{"administrations[0].end":"2026-03-05T12:45:00-05:00","administrations[0].pump":"<remove>"}""")]
    // A push with an end a day later is no push.
    [InlineData("administrations[1].end", """{"administrations[1].end":"2026-03-03T09:31:00-05:00"}""")]
    // On a pump: 7 days and 1 minute is over the 7-day limit.
    [InlineData("administrations[0].end", """{"administrations[0].end":"2026-03-09T10:01:00-05:00","administrations[0].pump":true}""")]
    public async Task PostScrub_ImplausiblyLongAdministration_Returns400OnItsEnd(string key, string changes)
    {
        var request = Requests.Valid().With(changes);

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        await response.ShouldBeValidationProblemAsync(key);
        await response.ShouldHaveErrorAsync(key, CheckEnd);
    }

    [Theory]
    // Exactly 24 hours without a pump, 3 days and exactly 7 days on one: long, but possible.
    [InlineData("""{"administrations[0].end":"2026-03-03T10:00:00-05:00"}""")]
    [InlineData("""{"administrations[0].end":"2026-03-05T10:00:00-05:00","administrations[0].pump":true}""")]
    [InlineData("""{"administrations[0].end":"2026-03-09T10:00:00-05:00","administrations[0].pump":true}""")]
    public async Task PostScrub_LongButPossibleAdministration_Returns200(string changes)
    {
        var request = Requests.Valid().With(changes);

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("""{"dateOfService":"2026-03-03"}""")]
    [InlineData("""{"dateOfService":"2026-03-01"}""")]
    // 23:30 at -05:00 is 04:30 on 03-03 in UTC, but the date of service is judged in the time's own offset: 03-02.
    [InlineData("""{"dateOfService":"2026-03-03","administrations[0].start":"2026-03-02T23:30:00-05:00","administrations[0].end":"2026-03-03T01:00:00-05:00","administrations[1].start":"2026-03-02T23:00:00-05:00"}""")]
    public async Task PostScrub_DateOfServiceOnNoAdministrationStart_Returns400OnDateOfService(string changes)
    {
        var request = Requests.Valid().With(changes);

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        await response.ShouldBeValidationProblemAsync("dateOfService");
        await response.ShouldHaveErrorAsync("dateOfService", "not the date of any administration's start");
    }

    [Theory]
    // The same late start is on 2026-03-02 in its own offset; one administration starting that day is enough.
    [InlineData("""{"administrations[0].start":"2026-03-02T23:30:00-05:00","administrations[0].end":"2026-03-03T01:00:00-05:00","administrations[1].start":"2026-03-02T23:00:00-05:00"}""")]
    [InlineData("""{"administrations[1].start":"2026-03-01T23:50:00-05:00"}""")]
    [InlineData("""{"dateOfService":"<remove>"}""")]
    public async Task PostScrub_DateOfServiceOnAnAdministrationStart_Returns200(string changes)
    {
        var request = Requests.Valid().With(changes);

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
