using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;

namespace OncologyBilling.Api.IntegrationTests;

public sealed class RuleEndpointsTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    [Fact]
    public async Task GetRules_ListsTheRegisteredStagesRules()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/rules", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var rules = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray();
        rules.Select(r => (string)r!["id"]!).Should().OnlyHaveUniqueItems().And.Contain(["ADM-TIME-02", "ADM-CONC-01", "SET-04", "CLS-06", "INP-03"]);
        var time02 = rules.Single(r => (string)r!["id"]! == "ADM-TIME-02")!;
        ((string)time02["family"]!).Should().Be("administration");
        ((string)time02["severity"]!).Should().Be("info");
        ((string)time02["source"]!).Should().Contain("§4.3");
    }
}
