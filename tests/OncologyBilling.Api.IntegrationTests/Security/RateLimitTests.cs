using System.Net;
using FluentAssertions;
using static OncologyBilling.Api.IntegrationTests.Security.SentinelRequests;

namespace OncologyBilling.Api.IntegrationTests.Security;

public sealed class RateLimitTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KeyOverItsBudget_Gets429WithRetryAfter_OtherKeysDoNot()
    {
        // A key with 2 permits per minute: within 10 requests it must be refused (a refill would need 4 minutes to
        // pass); the full-scope key shares no budget with it.
        using var host = factory.WithWebHostBuilder(b => b
            .UseSetting("ApiKeys:Keys:93:Name", "test-limited")
            .UseSetting("ApiKeys:Keys:93:Sha256", ScrubberApiFactory.Sha256Hex("ZZKEY-limited"))
            .UseSetting("ApiKeys:Keys:93:Scopes:0", "scrub")
            .UseSetting("ApiKeys:Keys:93:PermitsPerMinute", "2"));
        var limited = host.CreateClientWithKey("ZZKEY-limited");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 10 && refused is null; i++)
        {
            var response = await limited.PostAsync(ScrubPath, Json(Valid), Ct);
            statuses.Add(response.StatusCode);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        var other = await host.CreateClient().PostAsync(ScrubPath, Json(Valid), Ct);

        statuses.Should().StartWith([HttpStatusCode.OK, HttpStatusCode.OK]);
        refused.Should().NotBeNull();
        IsProblem(refused!).Should().BeTrue();
        refused!.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        other.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RequestsWithoutKey_AreRefusedNotRateLimited()
    {
        using var host = factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:PermitsPerMinute", "1"));
        var client = host.CreateClientWithoutKey();

        var first = await client.PostAsync(ScrubPath, Json(Valid), Ct);
        var second = await client.PostAsync(ScrubPath, Json(Valid), Ct);

        first.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        second.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
