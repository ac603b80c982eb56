using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Security;
using OncologyBilling.Api.IntegrationTests.Support;

namespace OncologyBilling.Api.IntegrationTests.Hostile;

/// <summary>
/// 10,000 generated hostile requests through the real HTTP pipeline (in memory). Every answer is a 200 or a 4xx with
/// problem details, never a 5xx, and no patient sentinel value reaches a log.
/// </summary>
public sealed class HostileInputTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private const int Requests = 10_000;

    [Fact]
    public async Task GeneratedHostileRequests_AreAnswered200Or4xxProblem_AndNeverLogPatientValues()
    {
        var client = factory.CreateClient();
        var counts = new ConcurrentDictionary<string, int>();

        await HostileGen.Request.SampleAsync(
            async request =>
            {
                using var response = await client.SendAsync(ToMessage(request), TestContext.Current.CancellationToken);
                var status = (int)response.StatusCode;
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                counts.AddOrUpdate($"{status} {(status == 200 ? "" : mediaType)}", 1, (_, n) => n + 1);
                status.Should().Match(s => s == 200 || (s >= 400 && s < 500), "no input may cause a server error");
                if (status != 200)
                {
                    mediaType.Should().Be("application/problem+json");
                }
            },
            iter: Requests,
            threads: 2);

        var summary = new StringBuilder($"{counts.Values.Sum()} hostile requests; responses by status and content type:\n");
        foreach (var (status, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            summary.Append(CultureInfo.InvariantCulture, $"  {status,-32} {count,6}\n");
        }

        TestContext.Current.TestOutputHelper!.WriteLine(summary.ToString());
        // The test platform shows test output only for failures; .ci/run prints this file so CI logs carry the counts.
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "hostile-input-summary.txt"), summary.ToString(), TestContext.Current.CancellationToken);

        counts.Values.Sum().Should().BeGreaterThanOrEqualTo(Requests);
        LogText.Of(factory.LogEvents).Should().NotContain(line => line.Contains(SentinelRequests.Sentinel));
    }

    private static HttpRequestMessage ToMessage(HostileRequest request)
    {
        var content = new ByteArrayContent(request.Body);
        if (request.ContentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        }

        var message = new HttpRequestMessage(HttpMethod.Post, request.Path) { Content = content };
        if (request.Accept is not null)
        {
            message.Headers.Accept.ParseAdd(request.Accept);
        }

        return message;
    }
}
