using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;
using OncologyBilling.Api.OpenApi.Examples;
using OncologyBilling.X12.Checking;

namespace OncologyBilling.Api.IntegrationTests.X12;

/// <summary>format=837 on the batch endpoint: each 200 entry carries its interchange; an encounter without what an 837 needs is a 422 entry.</summary>
public sealed class X12BatchTests
{
    private const string Route = "/api/v1/claims/scrub/batch";

    [Fact]
    public async Task PostBatch_Format837_EntriesCarryX12OrA422Problem()
    {
        using var factory = new ScrubberApiFactory();
        var client = factory.WithWebHostBuilder(b => X12Settings.Apply(b)).CreateClient();
        var good = JsonNode.Parse(X12RequestExample.Value.Json)!.AsObject();
        var noMember = JsonNode.Parse(X12RequestExample.Value.Json)!.AsObject().With("""{"patient.memberId":"<remove>"}""");
        using var body = new StringContent(new JsonArray(good, noMember).ToJsonString(), Encoding.UTF8, "application/json");

        var response = await client.PostAsync(Route + "?format=837", body, TestContext.Current.CancellationToken);
        var entries = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        entries.Should().HaveCount(2);
        entries[0]["status"]!.GetValue<int>().Should().Be(200);
        X12StructureChecker.Check(entries[0]["x12"]!.GetValue<string>()).Should().BeEmpty();
        entries[0]["x12"]!.GetValue<string>().Should().Contain("SV1*HC:96413*350*UN*1***");
        entries[1]["status"]!.GetValue<int>().Should().Be(422);
        entries[1]["problem"]!["errors"]!.AsObject().Select(e => e.Key).Should().Equal("patient.memberId");
    }

    [Fact]
    public async Task PostBatch_WithoutFormat_EntriesHaveNoX12()
    {
        using var factory = new ScrubberApiFactory();
        using var body = new StringContent(new JsonArray(JsonNode.Parse(X12RequestExample.Value.Json)).ToJsonString(), Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync(Route, body, TestContext.Current.CancellationToken);
        var entry = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();

        entry["status"]!.GetValue<int>().Should().Be(200);
        entry.ContainsKey("x12").Should().BeFalse();
    }

    [Fact]
    public async Task PostBatch_UnknownFormat_Is400NamingFormat()
    {
        using var factory = new ScrubberApiFactory();
        using var body = new StringContent("[]", Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync(Route + "?format=xml", body, TestContext.Current.CancellationToken);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal("format");
    }
}
