using System.Net.Http.Json;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>A 400 lists every error at once (issue 12 item 2): read errors and validation failures, in every list entry.</summary>
public sealed class EveryErrorTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    [Fact]
    public async Task PostScrub_BodyWithSixDifferentErrors_ReturnsEveryOneOnItsPath()
    {
        // Unknown property, unknown enum value, a time without offset (three the serializer meets one at a time), and
        // three validation failures: a bad NPI check digit, a malformed ICD-10-CM code, minutes over 1440.
        var request = Requests.Valid().With("""
            {
              "administrations[0].pupm": true,
              "administrations[1].route": "ZZECHO-drip",
              "administrations[0].end": "2026-03-02T12:45:00",
              "billingProvider.npi": "1234567890",
              "diagnoses[1]": "ZZECHO",
              "services[0].minutes": 1441
            }
            """);

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeValidationProblemAsync(
            "administrations[0].pupm", "administrations[1].route", "administrations[0].end", "billingProvider.npi", "diagnoses[1]",
            "services[0].minutes");
        var errors = problem["errors"]!;
        ((string?)errors["administrations[0].pupm"]![0]).Should().Be("unknown property; did you mean 'pump'?");
        ((string?)errors["administrations[1].route"]![0]).Should().Contain("one of: ivInfusion, ivPush, subcutaneous, intramuscular, onBodyInjector");
        ((string?)errors["administrations[0].end"]![0]).Should().Contain("needs an offset such as -05:00");
        problem.ToJsonString().Should().NotContain("ZZECHO");
    }

    [Fact]
    public async Task PostScrub_ErrorsInSeveralListEntries_ReportsEveryEntry()
    {
        var request = Requests.Valid().With("""
            {
              "diagnoses": ["C56.1", "5611", "", "C56.12345"],
              "administrations[0].vials": [ { "size": { "amount": 0, "unit": "mg" }, "count": 1 }, null, { "size": { "amount": 100, "unit": "mg" }, "count": 0 } ],
              "administrations[0].wasted": "<remove>",
              "administrations[1].dose.amount": -1,
              "services[0].modifiers": ["2", "25", "X"],
              "priorAuthorizations": [ { "number": "PA-1", "hcpcs": ["J92", "J9267", "9"] }, { "hcpcs": ["J9267"] } ]
            }
            """);

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        await response.ShouldBeValidationProblemAsync(
            "diagnoses[1]", "diagnoses[2]", "diagnoses[3]",
            "administrations[0].vials[0].size.amount", "administrations[0].vials[1]", "administrations[0].vials[2].count",
            "administrations[1].dose.amount",
            "services[0].modifiers[0]", "services[0].modifiers[2]",
            "priorAuthorizations[0].hcpcs[0]", "priorAuthorizations[0].hcpcs[2]", "priorAuthorizations[1].number");
    }

    [Fact]
    public async Task PostScrub_BadValuesInTwoAdministrations_ReportsBoth()
    {
        var request = Requests.Valid().With("""{"administrations[0].route": "ivDrip", "administrations[1].dose.unit": "ounces"}""");

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        await response.ShouldBeValidationProblemAsync("administrations[0].route", "administrations[1].dose.unit");
    }
}
