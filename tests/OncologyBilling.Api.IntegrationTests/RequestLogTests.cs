using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;
using Serilog.Events;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>Each request writes exactly one request event: method, route template, status, elapsed and, for a scrub, the run id.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task PostScrub_Valid_WritesOneRequestEventWithRouteTemplateStatusElapsedAndRunId()
    {
        using var factory = new ScrubberApiFactory();

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, Requests.Valid(), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var runId = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["runId"];
        var events = await RequestLogEvents.WaitForAsync(factory.LogEvents, 1);
        events.Should().ContainSingle();
        var properties = events[0].Properties;
        Scalar(properties, "RequestMethod").Should().Be("POST");
        Scalar(properties, "RouteTemplate").Should().Be(Requests.ScrubPath);
        Scalar(properties, "StatusCode").Should().Be(200);
        Scalar(properties, "Elapsed").Should().BeOfType<double>();
        Scalar(properties, "RunId")!.ToString().Should().Be(runId);
        properties.Should().NotContainKey("RequestPath");
    }

    [Theory]
    [InlineData("""{"encounterId":"E1"}""", 400)]
    [InlineData("""{"setting":"nowhere"}""", 400)]
    public async Task PostScrub_Rejected_WritesOneRequestEventWithRouteTemplateAndStatus(string body, int status)
    {
        using var factory = new ScrubberApiFactory();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        await factory.CreateClient().PostAsync(Requests.ScrubPath, content, TestContext.Current.CancellationToken);

        var events = await RequestLogEvents.WaitForAsync(factory.LogEvents, 1);
        events.Should().ContainSingle();
        Scalar(events[0].Properties, "RouteTemplate").Should().Be(Requests.ScrubPath);
        Scalar(events[0].Properties, "StatusCode").Should().Be(status);
        events[0].Exception.Should().BeNull();
        events[0].Properties.Should().NotContainKey("RequestPath");
    }

    private static object? Scalar(IReadOnlyDictionary<string, LogEventPropertyValue> properties, string name) =>
        properties.Should().ContainKey(name).WhoseValue.Should().BeOfType<ScalarValue>().Subject.Value;
}
