using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OncologyBilling.Api.IntegrationTests.Support;
using OncologyBilling.Scrubber.Pipeline;
using static OncologyBilling.Api.IntegrationTests.Security.SentinelRequests;

namespace OncologyBilling.Api.IntegrationTests.Security;

public sealed class ErrorLeakTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    [Fact]
    public async Task InternalFailure_Returns500ProblemWithTraceId_AndNoExceptionOrInputText()
    {
        using var failing = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IScrubStage, ThrowingStage>()));

        var response = await failing.CreateClient().PostAsync(ScrubPath, Json(Valid), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        IsProblem(response).Should().BeTrue();
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        ((string?)JsonNode.Parse(body)!["traceId"]).Should().NotBeNullOrWhiteSpace();
        body.Should().NotContain(ThrowingStage.ExceptionSentinel).And.NotContain(Sentinel)
            .And.NotContain("InvalidOperationException").And.NotContain("   at ");
    }

    [Fact]
    public async Task InternalFailure_IsLoggedForOperators_WithoutRequestData()
    {
        using var failing = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IScrubStage, ThrowingStage>()));

        await failing.CreateClient().PostAsync(ScrubPath, Json(Valid), TestContext.Current.CancellationToken);

        var text = LogText.Of(factory.LogEvents).ToList();
        // Operators get the exception type and stack trace; its message can carry input, so it is left out too.
        text.Should().Contain(line => line.Contains("InvalidOperationException") && line.Contains(nameof(ThrowingStage)));
        text.Should().NotContain(line => line.Contains(ThrowingStage.ExceptionSentinel));
        text.Should().NotContain(line => line.Contains(Sentinel));
    }
}
