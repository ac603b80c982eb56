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
