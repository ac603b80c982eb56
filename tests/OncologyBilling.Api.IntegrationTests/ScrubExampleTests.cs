using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;
using OncologyBilling.Api.OpenApi;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>The Swagger UI examples are ready to try: each is served in the document and scrubs with a 200.</summary>
public sealed class ScrubExampleTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    public static TheoryData<string> Keys() => [.. ScrubExamplesOperationFilter.Requests.Select(e => e.Key)];

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task PostScrub_SwaggerRequestExample_Returns200(string key)
    {
        var document = await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
        var example = JsonNode.Parse(document)!["paths"]![Requests.ScrubPath]!["post"]!["requestBody"]!["content"]!["application/json"]!["examples"]![key]!["value"]!;
        using var body = new StringContent(example.ToJsonString(), Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync(Requests.ScrubPath, body, TestContext.Current.CancellationToken);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        ((string?)JsonNode.Parse(text)!["encounterId"]).Should().Be((string?)example["encounterId"]);
    }

    [Fact]
    public async Task SwaggerDocument_ScrubOperation_HasThreeRequestExamplesAnd200And400ResponseExamples()
    {
        var document = await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);

        var post = JsonNode.Parse(document)!["paths"]![Requests.ScrubPath]!["post"]!;
        post["requestBody"]!["content"]!["application/json"]!["examples"]!.AsObject().Should().HaveCountGreaterThanOrEqualTo(3);
        post["responses"]!["200"]!["content"]!["application/json"]!["examples"]!.AsObject().Should().NotBeEmpty();
        post["responses"]!["400"]!["content"]!["application/problem+json"]!["examples"]!.AsObject().Should().NotBeEmpty();
    }

    [Fact]
    public async Task SwaggerDocument_200Example_IsTheRealScrubOfTheOfficeRequestExample()
    {
        var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken))!;
        var post = document["paths"]![Requests.ScrubPath]!["post"]!;
        var request = post["requestBody"]!["content"]!["application/json"]!["examples"]!["officeChemotherapyDay"]!["value"]!;
        var example = post["responses"]!["200"]!["content"]!["application/json"]!["examples"]!["officeChemotherapyDayScrubbed"]!["value"]!.AsObject();
        using var body = new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json");

        var response = await client.PostAsync(Requests.ScrubPath, body, TestContext.Current.CancellationToken);

        var scrubbed = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        ((string?)example["runId"]).Should().Be("0195a3c2-7d10-7a5e-9c41-3f0e8b2d6a11", "the example's run id is fixed so the snapshot is stable");
        scrubbed["runId"] = example["runId"]!.DeepClone();
        JsonNode.DeepEquals(scrubbed, example).Should().BeTrue("the 200 example is generated from the scrubber, so it equals a real response");
    }

    [Fact]
    public async Task SwaggerDocument_EverySchemaProperty_HasADescription()
    {
        var document = await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);

        var schemas = JsonNode.Parse(document)!["components"]!["schemas"]!.AsObject();
        var undescribed = schemas
            .SelectMany(s => (s.Value!["properties"]?.AsObject() ?? []).Select(p => (Path: $"{s.Key}.{p.Key}", Property: p.Value!)))
            .Where(p => string.IsNullOrWhiteSpace((string?)p.Property["description"]))
            .Select(p => p.Path);
        undescribed.Should().BeEmpty();
        schemas.Where(s => s.Value!["enum"] is not null).Should().AllSatisfy(s => ((string?)s.Value!["description"]).Should().Contain("Values:"));
    }
}
