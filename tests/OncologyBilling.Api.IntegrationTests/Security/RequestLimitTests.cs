using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static OncologyBilling.Api.IntegrationTests.Security.SentinelRequests;

namespace OncologyBilling.Api.IntegrationTests.Security;

public sealed class RequestLimitTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    // appsettings.json: RequestLimits:MaxBodyBytes = 262144 (256 KiB). The batch default (256 MiB) is too large to
    // send in a test, so the batch test sets MaxBatchBodyBytes to 8 MiB for its own host.
    private const int SingleLimit = 262_144;
    private const int BatchLimit = 8_388_608;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostScrub_DeclaredLengthOverLimit_Returns413Problem()
    {
        var response = await factory.CreateClient().PostAsync(ScrubPath, Json(Padded(SingleLimit + 1)), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        IsProblem(response).Should().BeTrue();
    }

    [Fact]
    public async Task PostScrub_ChunkedBodyOverLimit_Returns413Problem()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Padded(SingleLimit + 1))));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, ScrubPath) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await factory.CreateClient().SendAsync(request, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        IsProblem(response).Should().BeTrue();
    }

    [Fact]
    public async Task PostScrub_BodyJustUnderLimit_IsRead()
    {
        var response = await factory.CreateClient().PostAsync(ScrubPath, Json(Padded(SingleLimit)), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostBatch_HasItsOwnLargerLimit()
    {
        using var host = factory.WithWebHostBuilder(b => b.UseSetting("RequestLimits:MaxBatchBodyBytes", BatchLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var client = host.CreateClient();

        var overSingle = await client.PostAsync("/api/v1/claims/scrub/batch", Json(Padded(SingleLimit * 2)), Ct);
        var overBatch = await client.PostAsync("/api/v1/claims/scrub/batch", Json(Padded(BatchLimit + 1)), Ct);

        overSingle.StatusCode.Should().NotBe(HttpStatusCode.RequestEntityTooLarge);
        overBatch.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        IsProblem(overBatch).Should().BeTrue();
    }

    [Fact]
    public async Task PostScrub_JsonDeeperThanLimit_Returns400Problem()
    {
        // 40 nested arrays in an extra property: deeper than MaxJsonDepth (32) though under .NET's default of 64.
        var body = Valid.Insert(1, $"\"x\":{new string('[', 40)}{new string(']', 40)},");

        var response = await factory.CreateClient().PostAsync(ScrubPath, Json(body), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        IsProblem(response).Should().BeTrue();
    }

    [Fact]
    public void JsonOptions_UseConfiguredMaxDepth()
    {
        var json = factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value;

        json.SerializerOptions.MaxDepth.Should().Be(32);
    }

    /// <summary>The valid request padded with trailing whitespace to exactly <paramref name="bytes"/> bytes.</summary>
    private static string Padded(int bytes)
    {
        var body = Valid.Replace("\r\n", "\n", StringComparison.Ordinal);
        return body + new string(' ', bytes - Encoding.UTF8.GetByteCount(body));
    }
}
