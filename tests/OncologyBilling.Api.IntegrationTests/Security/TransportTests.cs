using System.Net;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using static OncologyBilling.Api.IntegrationTests.Security.SentinelRequests;

namespace OncologyBilling.Api.IntegrationTests.Security;

public sealed class TransportTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("POST", ScrubPath, true)]
    [InlineData("POST", ScrubPath, false)]
    [InlineData("GET", "/health/live", false)]
    [InlineData("GET", "/swagger/v1/swagger.json", false)]
    [InlineData("GET", "/no/such/path", true)]
    public async Task EveryResponse_HasNoSniffAndNoStore(string method, string path, bool withKey)
    {
        var client = withKey ? factory.CreateClient() : factory.CreateClientWithoutKey();
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? Json(Valid) : null };

        var response = await client.SendAsync(request, Ct);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Headers.Contains("Server").Should().BeFalse();
    }

    [Fact]
    public async Task Production_RedirectsHttpToHttps_AndSendsHsts()
    {
        using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("https_port", "443"));
        var client = production.CreateDefaultClient(new Uri("http://api.example.test"));

        var plain = await client.GetAsync("/health/live", Ct);
        var secure = await client.GetAsync("https://api.example.test/health/live", Ct);

        plain.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        plain.Headers.Location.Should().Be(new Uri("https://api.example.test/health/live"));
        secure.StatusCode.Should().Be(HttpStatusCode.OK);
        secure.Headers.GetValues("Strict-Transport-Security").Single().Should().StartWith("max-age=");
    }

    [Fact]
    public async Task Testing_NeitherRedirectsNorSendsHsts()
    {
        var response = await factory.CreateClientWithoutKey().GetAsync("/health/live", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }

    [Fact]
    public async Task Cors_IsClosedByDefault()
    {
        var response = await factory.CreateClientWithoutKey().SendAsync(Preflight("https://ehr.example.test"), Ct);

        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    [Fact]
    public async Task Cors_AllowsOnlyConfiguredOrigins()
    {
        using var open = factory.WithWebHostBuilder(b => b.UseSetting("Cors:AllowedOrigins:0", "https://ehr.example.test"));
        var client = open.CreateClientWithoutKey();

        var allowed = await client.SendAsync(Preflight("https://ehr.example.test"), Ct);
        var other = await client.SendAsync(Preflight("https://evil.example.test"), Ct);

        allowed.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("https://ehr.example.test");
        allowed.Headers.GetValues("Access-Control-Allow-Headers").Single().Should().Contain("X-Api-Key");
        other.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, ScrubPath);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key,content-type");
        return request;
    }
}
