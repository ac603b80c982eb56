using System.Net;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using static OncologyBilling.Api.IntegrationTests.Security.SentinelRequests;

namespace OncologyBilling.Api.IntegrationTests.Security;

public sealed class AuthenticationTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostScrub_WithoutKey_Returns401ProblemWithChallenge()
    {
        var response = await factory.CreateClientWithoutKey().PostAsync(ScrubPath, Json(Valid), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        IsProblem(response).Should().BeTrue();
        response.Headers.WwwAuthenticate.ToString().Should().Be("ApiKey header=\"X-Api-Key\"");
    }

    [Theory]
    [InlineData("not-a-configured-key")]
    [InlineData("ZZKEY-test-full-3f9a1c7")]
    [InlineData("ZZKEY-test-full-3f9a1c7e ")]
    [InlineData("f39c4c34774abfdf97ffdbf88c1a9dd58d7640084c6d8f1f1701c6e8f68ba7b4")]
    public async Task PostScrub_UnknownKey_Returns401(string key)
    {
        var response = await factory.CreateClientWithKey(key).PostAsync(ScrubPath, Json(Valid), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        IsProblem(response).Should().BeTrue();
    }

    [Fact]
    public async Task PostScrub_KeyHeaderTwice_Returns401()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ScrubberApiFactory.ApiKeyHeader, ScrubberApiFactory.ReadOnlyKey);

        var response = await client.PostAsync(ScrubPath, Json(Valid), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostScrub_ReadOnlyKey_Returns403Problem()
    {
        var response = await factory.CreateReadOnlyClient().PostAsync(ScrubPath, Json(Valid), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        IsProblem(response).Should().BeTrue();
    }

    [Fact]
    public async Task PostScrub_FullKey_Returns200()
    {
        var response = await factory.CreateClient().PostAsync(ScrubPath, Json(Valid), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/api/v1/rules")]
    [InlineData("/api/v1/reference/drugs?name=paclitaxel")]
    public async Task GetCatalog_ScopeDecidesAccess(string path)
    {
        using var scrubOnly = factory.WithWebHostBuilder(b => b
            .UseSetting("ApiKeys:Keys:92:Name", "test-scrub-only")
            .UseSetting("ApiKeys:Keys:92:Sha256", ScrubberApiFactory.Sha256Hex("ZZKEY-scrub-only"))
            .UseSetting("ApiKeys:Keys:92:Scopes:0", "scrub"));

        var anonymous = await scrubOnly.CreateClientWithoutKey().GetAsync(path, Ct);
        var wrongScope = await scrubOnly.CreateClientWithKey("ZZKEY-scrub-only").GetAsync(path, Ct);
        var reader = await scrubOnly.CreateReadOnlyClient().GetAsync(path, Ct);

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        wrongScope.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        reader.StatusCode.Should().NotBe(HttpStatusCode.Unauthorized).And.NotBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/swagger/index.html")]
    [InlineData("/swagger/v1/swagger.json")]
    public async Task HealthAndSwagger_WithoutKey_AreReachable(string path)
    {
        var response = await factory.CreateClientWithoutKey().GetAsync(path, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Readiness_WithoutKey_IsNotRefused()
    {
        // Readiness may be 503 until reference data has loaded; what matters here is that probes need no key.
        var response = await factory.CreateClientWithoutKey().GetAsync("/health/ready", Ct);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task OpenApiDocument_DeclaresApiKeyHeaderScheme()
    {
        var document = await factory.CreateClientWithoutKey().GetStringAsync("/swagger/v1/swagger.json", Ct);

        var root = System.Text.Json.Nodes.JsonNode.Parse(document)!;
        var scheme = root["components"]!["securitySchemes"]!["ApiKey"]!;
        ((string?)scheme["type"]).Should().Be("apiKey");
        ((string?)scheme["in"]).Should().Be("header");
        ((string?)scheme["name"]).Should().Be("X-Api-Key");
        root["security"]!.AsArray().Select(r => r!.AsObject().Select(p => p.Key).Single()).Should().Equal("ApiKey");
    }

    [Theory]
    [InlineData("Development", HttpStatusCode.OK)]
    [InlineData("Production", HttpStatusCode.Unauthorized)]
    public async Task DevelopmentKey_WorksOnlyInDevelopment(string environment, HttpStatusCode expected)
    {
        using var host = factory.WithWebHostBuilder(b => b.UseEnvironment(environment));
        var client = host.CreateClientWithKey("dev-only-key-change-me");
        client.BaseAddress = new Uri("https://localhost");

        var response = await client.PostAsync(ScrubPath, Json(Valid), Ct);

        response.StatusCode.Should().Be(expected);
    }

    [Theory]
    [InlineData("Sha256", "dev-only-key-change-me")]
    [InlineData("Scopes:0", "admin")]
    [InlineData("Name", "")]
    public void MalformedKeyConfiguration_RefusesToStart(string field, string value)
    {
        using var host = factory.WithWebHostBuilder(b => b.UseSetting($"ApiKeys:Keys:91:{field}", value));

        var start = () => host.CreateClient();

        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("ApiKeys:Keys:");
    }
}
