using System.Net;
using System.Text;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>Bodies the serializer cannot read are 400 problem details keyed by JSON path, never a 500 or an empty body.</summary>
public sealed class BodyProblemTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    [Theory]
    [InlineData("setting", """{"encounterId":"E1","setting":"ZZECHO-clinic","diagnoses":["C56.1"]}""")]
    [InlineData("setting", """{"encounterId":"E1","setting":1,"diagnoses":["C56.1"]}""")]
    [InlineData("administrations[0].route", """{"encounterId":"E1","setting":"office","diagnoses":["C56.1"],"administrations":[{"route":"ZZECHO-drip"}]}""")]
    [InlineData("administrations[0].dose.unit", """{"administrations":[{"dose":{"amount":5,"unit":"ZZECHO-ounces"}}]}""")]
    [InlineData("payer.type", """{"payer":{"type":"ZZECHO-insurer"}}""")]
    [InlineData("encounterReason", """{"encounterReason":"ZZECHO-chemo"}""")]
    [InlineData("encounterReason", """{"encounterReason":2}""")]
    [InlineData("diagnoses", """{"diagnoses":"ZZECHO-C56.1"}""")]
    [InlineData("encounterId", """{"encounterId":12345}""")]
    [InlineData("administrations[0].vials[0].count", """{"administrations":[{"vials":[{"count":"ZZECHO-two"}]}]}""")]
    [InlineData("administrations[0].start", """{"administrations":[{"start":"ZZECHO-yesterday"}]}""")]
    [InlineData("dateOfService", """{"dateOfService":"2026-02-30"}""")]
    [InlineData("administrations[0].start", """{"administrations":[{"start":"2026-03-02T10:00:00"}]}""")]
    [InlineData("administrations[0].end", """{"administrations":[{"start":"2026-03-02T10:00:00Z","end":"2026-03-02T12:45"}]}""")]
    [InlineData("administrations[0].start", """{"administrations":[{"start":"2026-03-02"}]}""")]
    [InlineData("administrations", """{"administrations":{"id":"ZZECHO"}}""")]
    [InlineData("billingProvider", """{"billingProvider":"ZZECHO-1234567893"}""")]
    [InlineData("encounterId", """{"encounterId":"ZZECHO""")]
    [InlineData("$", """["ZZECHO"]""")]
    [InlineData("$", "null")]
    [InlineData("$", "")]
    public async Task PostScrub_UnreadableBody_Returns400KeyedByJsonPathWithoutEchoingInput(string expectedKey, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync(Requests.ScrubPath, content, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeValidationProblemAsync(expectedKey);
        problem.ToJsonString().Should().NotContain("ZZECHO");
    }

    [Fact]
    public async Task PostScrub_MalformedJsonMidDocument_Returns400NamingWhereReadingStopped()
    {
        using var content = new StringContent("""{"encounterId":"E1","patient":{"id":ZZECHO}}""", Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync(Requests.ScrubPath, content, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeValidationProblemAsync("patient.id");
        problem.ToJsonString().Should().NotContain("ZZECHO");
    }

    [Fact]
    public async Task PostScrub_TextPlainBody_Returns415Problem()
    {
        using var content = new StringContent(Requests.Valid().ToJsonString(), Encoding.UTF8, "text/plain");

        var response = await factory.CreateClient().PostAsync(Requests.ScrubPath, content, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task GetUnknownRoute_Returns404Problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/claims/unknown", TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetScrub_WrongMethod_Returns405ProblemWithAllowHeader()
    {
        var response = await factory.CreateClient().GetAsync(Requests.ScrubPath, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("POST");
    }
}
