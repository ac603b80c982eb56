using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;
using OncologyBilling.Api.IntegrationTests.Batch;
using OncologyBilling.Api.IntegrationTests.Support;
using OncologyBilling.Api.OpenApi;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>Swagger UI that does not trap people (issue 12 item 6): examples that work, every refusal documented.</summary>
public sealed class SwaggerUiTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private const string BatchPath = "/api/v1/claims/scrub/batch";

    public static TheoryData<string> ScrubKeys() => [.. ScrubExamplesOperationFilter.Requests.Select(e => e.Key)];

    [Fact]
    public async Task GetRoot_WithoutKey_RedirectsToSwaggerUi()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Remove(ScrubberApiFactory.ApiKeyHeader);

        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/swagger");
    }

    [Theory]
    [MemberData(nameof(ScrubKeys))]
    public async Task SwaggerDocument_EachScrubRequestExample_HasItsOwnResponseExampleEqualToARealScrub(string key)
    {
        var post = (await DocumentAsync())["paths"]![Requests.ScrubPath]!["post"]!;
        var request = post["requestBody"]!["content"]!["application/json"]!["examples"]![key]!["value"]!;
        var example = post["responses"]!["200"]!["content"]!["application/json"]!["examples"]![key + "Scrubbed"]!["value"]!.AsObject();
        using var body = new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync(Requests.ScrubPath, body, TestContext.Current.CancellationToken);

        var scrubbed = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        ((string?)example["encounterId"]).Should().Be((string?)request["encounterId"]);
        scrubbed["runId"] = example["runId"]!.DeepClone();
        JsonNode.DeepEquals(scrubbed, example).Should().BeTrue($"the {key}Scrubbed example is generated from the scrubber");
    }

    [Theory]
    [InlineData("application/json", "threeEncountersJsonArray")]
    [InlineData("application/x-ndjson", "threeEncountersNdjson")]
    public async Task SwaggerDocument_BatchExample_ScrubsTwoAndRefusesTheInvalidOneWithEveryError(string mediaType, string key)
    {
        var post = (await DocumentAsync())["paths"]![BatchPath]!["post"]!;
        var example = post["requestBody"]!["content"]![mediaType]!["examples"]![key]!["value"]!;
        var text = mediaType == "application/json" ? example.ToJsonString() : (string)example!;
        ((string?)post["description"]).Should().Contain("--data-binary");

        var response = await factory.CreateClient().PostAsync(BatchPath, new StringContent(text, Encoding.UTF8, mediaType), TestContext.Current.CancellationToken);

        var entries = await BatchBodies.EntriesAsync(response);
        entries.Select(e => (int)e["status"]!).Should().Equal(200, 400, 200);
        ((string?)entries[1]["encounterId"]).Should().Be("ENC-BATCH-2");
        entries[1]["problem"]!["errors"]!.AsObject().Select(e => e.Key)
            .Should().BeEquivalentTo("administrations[0].route", "administrations[0].start", "administrations[0].pupm");
        var documented = ((string)post["responses"]!["200"]!["content"]!["application/x-ndjson"]!["examples"]!["threeEncountersScrubbed"]!["value"]!)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();
        documented.Select(e => (int)e["status"]!).Should().Equal(200, 400, 200);
        JsonNode.DeepEquals(documented[1]["problem"]!["errors"], entries[1]["problem"]!["errors"]).Should().BeTrue();
    }

    [Theory]
    [InlineData(Requests.ScrubPath, "post", "401 403 413 415 429")]
    [InlineData(BatchPath, "post", "401 403 413 415 429")]
    [InlineData("/api/v1/rules", "get", "401 403 429")]
    public async Task SwaggerDocument_Refusals_AreDocumentedWithProblemExamples(string path, string method, string statuses)
    {
        var responses = (await DocumentAsync())["paths"]![path]![method]!["responses"]!;

        foreach (var status in statuses.Split(' '))
        {
            var example = responses[status]!["content"]!["application/problem+json"]!["examples"]!["problem" + status]!["value"]!;
            ((int)example["status"]!).Should().Be(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture));
            ((string?)example["title"]).Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task SwaggerDocument_RefusalExamples_MatchWhatTheApiReallyWrites()
    {
        var responses = (await DocumentAsync())["paths"]![Requests.ScrubPath]!["post"]!["responses"]!;
        var valid = Requests.Valid().ToJsonString();
        var huge = new StringContent(new string(' ', 300_000) + valid, Encoding.UTF8, "application/json");
        using var limited = factory.WithWebHostBuilder(b => b
            .UseSetting("ApiKeys:Keys:94:Name", "test-one-a-minute")
            .UseSetting("ApiKeys:Keys:94:Sha256", ScrubberApiFactory.Sha256Hex("ZZKEY-one-a-minute"))
            .UseSetting("ApiKeys:Keys:94:Scopes:0", "scrub")
            .UseSetting("ApiKeys:Keys:94:PermitsPerMinute", "1"));
        var once = limited.CreateClientWithKey("ZZKEY-one-a-minute");
        await once.PostAsync(Requests.ScrubPath, Json(valid), TestContext.Current.CancellationToken);

        var actual = new Dictionary<string, HttpResponseMessage>
        {
            ["401"] = await factory.CreateClientWithoutKey().PostAsync(Requests.ScrubPath, Json(valid), TestContext.Current.CancellationToken),
            ["403"] = await factory.CreateReadOnlyClient().PostAsync(Requests.ScrubPath, Json(valid), TestContext.Current.CancellationToken),
            ["413"] = await factory.CreateClient().PostAsync(Requests.ScrubPath, huge, TestContext.Current.CancellationToken),
            ["429"] = await once.PostAsync(Requests.ScrubPath, Json(valid), TestContext.Current.CancellationToken),
            ["415"] = await factory.CreateClient().PostAsync(Requests.ScrubPath, new StringContent(valid, Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken),
        };

        foreach (var (status, response) in actual)
        {
            var real = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
            var example = responses[status]!["content"]!["application/problem+json"]!["examples"]!["problem" + status]!["value"]!;
            ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(status);
            ((string?)example["title"]).Should().Be((string?)real["title"], status);
            ((string?)example["type"]).Should().Be((string?)real["type"], status);
            if (status != "429")
            {
                // The 429 detail names the seconds left in the window, which vary.
                ((string?)example["detail"]).Should().Be((string?)real["detail"], status);
            }
        }
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<JsonNode> DocumentAsync() =>
        JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken))!;
}
