using System.Net;
using System.Text;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>Bodies the serializer cannot read are 400 problem details keyed by JSON path, never a 500 or an empty body.</summary>
public sealed class BodyProblemTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    [Theory]
    [InlineData("setting", "one of: office, hospitalOutpatient", """{"encounterId":"E1","setting":"ZZECHO-clinic","diagnoses":["C56.1"]}""")]
    [InlineData("setting", "one of: office, hospitalOutpatient", """{"encounterId":"E1","setting":1,"diagnoses":["C56.1"]}""")]
    [InlineData("administrations[0].route", "one of: ivInfusion, ivPush, subcutaneous, intramuscular, onBodyInjector",
        """{"encounterId":"E1","setting":"office","diagnoses":["C56.1"],"administrations":[{"route":"ZZECHO-drip"}]}""")]
    [InlineData("administrations[0].dose.unit", "one of: mg, mcg, g, mL, units", """{"administrations":[{"dose":{"amount":5,"unit":"ZZECHO-ounces"}}]}""")]
    [InlineData("payer.type", "one of: medicare, medicareAdvantage, medicaid, commercial, selfPay", """{"payer":{"type":"ZZECHO-insurer"}}""")]
    [InlineData("encounterReason", "one of: antineoplasticTreatment, anemiaManagement, dehydrationManagement, painControl, complicationManagement, supportive, followUp",
        """{"encounterReason":"ZZECHO-chemo"}""")]
    [InlineData("encounterReason", "one of: antineoplasticTreatment, anemiaManagement, dehydrationManagement, painControl, complicationManagement, supportive, followUp",
        """{"encounterReason":2}""")]
    [InlineData("diagnoses", "must be a JSON array", """{"diagnoses":"ZZECHO-C56.1"}""")]
    [InlineData("encounterId", "must be a string", """{"encounterId":12345}""")]
    [InlineData("administrations[0].dose.amount", "must be a number", """{"administrations":[{"dose":{"amount":"ZZECHO-5"}}]}""")]
    [InlineData("administrations[0].vials[0].count", "must be a whole number", """{"administrations":[{"vials":[{"count":"ZZECHO-two"}]}]}""")]
    [InlineData("administrations[0].vials[0].count", "must be a whole number", """{"administrations":[{"vials":[{"count":1.5}]}]}""")]
    [InlineData("administrations[0].pump", "must be true or false", """{"administrations":[{"pump":"ZZECHO-yes"}]}""")]
    [InlineData("administrations[0].start", "must be an ISO 8601 date-time", """{"administrations":[{"start":"ZZECHO-yesterday"}]}""")]
    [InlineData("dateOfService", "not a day on the calendar", """{"dateOfService":"2026-02-30"}""")]
    [InlineData("dateOfService", "YYYY-MM-DD", """{"dateOfService":"03/02/2026"}""")]
    [InlineData("patient.dateOfBirth", "not a day on the calendar", """{"patient":{"dateOfBirth":"1957-13-01"}}""")]
    [InlineData("administrations[0].start", "needs an offset such as -05:00", """{"administrations":[{"start":"2026-03-02T10:00:00"}]}""")]
    [InlineData("administrations[0].end", "needs an offset such as -05:00", """{"administrations":[{"start":"2026-03-02T10:00:00Z","end":"2026-03-02T12:45"}]}""")]
    [InlineData("administrations[0].start", "needs a time and an offset", """{"administrations":[{"start":"2026-03-02"}]}""")]
    [InlineData("administrations[0].start", "not a real date and time", """{"administrations":[{"start":"2026-02-30T10:00:00-05:00"}]}""")]
    [InlineData("administrations[0].start", "not a real date and time", """{"administrations":[{"start":"2026-03-02T25:00:00-05:00"}]}""")]
    [InlineData("administrations", "must be a JSON array", """{"administrations":{"id":"ZZECHO"}}""")]
    [InlineData("billingProvider", "must be a JSON object", """{"billingProvider":"ZZECHO-1234567893"}""")]
    [InlineData("encounterId", "malformed", """{"encounterId":"ZZECHO""")]
    [InlineData("$", "must be a JSON object", """["ZZECHO"]""")]
    [InlineData("$", "not null", "null")]
    [InlineData("$", "body is required", "")]
    public async Task PostScrub_UnreadableBody_Returns400SayingWhatThePathNeedsWithoutEchoingInput(string expectedKey, string says, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync(Requests.ScrubPath, content, TestContext.Current.CancellationToken);

        var problem = await response.ShouldHaveErrorAsync(expectedKey, says);
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
