using System.Net;
using FluentAssertions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OncologyBilling.Api.IntegrationTests.Support;
using OncologyBilling.Scrubber.Pipeline;
using static OncologyBilling.Api.IntegrationTests.Security.SentinelRequests;

namespace OncologyBilling.Api.IntegrationTests.Security;

public sealed class AccessPrivacyTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiKeys_ValidOrNot_NeverReachALog()
    {
        await factory.CreateClient().PostAsync(ScrubPath, Json(Valid), Ct);
        await factory.CreateReadOnlyClient().PostAsync(ScrubPath, Json(Valid), Ct);
        await factory.CreateClientWithKey("ZZKEY-unknown-5d1e").PostAsync(ScrubPath, Json(Valid), Ct);
        await factory.CreateClientWithKey("ZZKEY-unknown-5d1e").GetAsync("/api/v1/rules", Ct);

        var text = LogText.Of(factory.LogEvents).ToList();

        text.Should().NotBeEmpty();
        text.Should().NotContain(line => line.Contains("ZZKEY", StringComparison.OrdinalIgnoreCase));
        text.Should().NotContain(line => line.Contains(ScrubberApiFactory.Sha256Hex(ScrubberApiFactory.FullKey), StringComparison.OrdinalIgnoreCase));
        text.Should().Contain(line => line.Contains("ApiKeyName=test-full"), "the request log names the key holder instead");
    }

    [Fact]
    public async Task RefusedRequests_NeverReachTheScrubber()
    {
        var counter = new CountingStage();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IScrubStage>(counter)));

        var refused = new[]
        {
            await host.CreateClientWithoutKey().PostAsync(ScrubPath, Json(Valid), Ct),
            await host.CreateClientWithKey("ZZKEY-unknown-5d1e").PostAsync(ScrubPath, Json(Valid), Ct),
            await host.CreateReadOnlyClient().PostAsync(ScrubPath, Json(Valid), Ct),
        };
        var countAfterRefusals = counter.Count;
        var accepted = await host.CreateClient().PostAsync(ScrubPath, Json(Valid), Ct);

        refused.Select(r => r.StatusCode).Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        countAfterRefusals.Should().Be(0);
        accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        counter.Count.Should().Be(1, "the probe does count a scrub that is let in");
    }
}
