using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FluentAssertions;

namespace OncologyBilling.Api.IntegrationTests;

public sealed class ScrubEndpointTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    [Fact]
    public async Task PostScrub_ChemoInfusion165Minutes_Returns96413And96415x2WithZ51First()
    {
        var request = JsonNode.Parse("""
            {"encounterId":"ENC-T01","setting":"office","diagnoses":["C561"],
             "administrations":[{"id":"a1","drug":{"name":"paclitaxel"},"route":"ivInfusion",
               "start":"2026-03-02T10:00:00-05:00","end":"2026-03-02T12:45:00-05:00","dose":{"amount":333,"unit":"mg"}}]}
            """);

        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/claims/scrub", request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var claim = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var lines = claim["lines"]!.AsArray().Where(l => (string?)l!["kind"] == "administration")
            .Select(l => $"{l!["code"]}x{l["units"]}");
        lines.Should().Equal("96413x1", "96415x2");
        claim["diagnoses"]!.AsArray().Select(d => (string?)d!["code"]).Should().StartWith(["Z51.11", "C56.1"]);
    }
}
