using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Fhir;
using OncologyBilling.Api.IntegrationTests.Support;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>Patient and free-text values never reach a log event, whatever the outcome of the request.</summary>
public sealed class LogPrivacyTests
{
    // Valid everywhere the contract allows free text; the date of birth and NPI are sentinels by being unusual values.
    private const string SentinelDateOfBirth = "1937-04-19";
    private const string SentinelNpi = "1937004194";

    public static TheoryData<string, string> Bodies() => new()
    {
        { "valid", Sentinels(Requests.Valid()).ToJsonString() },
        { "invalid", Sentinels(Requests.Valid()).With("""{"services[0].code":"ZZPHI-SVC","services[0].modifiers":["ZZPHI-MOD"],"administrations[0].end":"2026-03-02T09:00:00-05:00"}""").ToJsonString() },
        { "unknown enum", Sentinels(Requests.Valid()).With("""{"administrations[0].route":"ZZPHI-ROUTE"}""").ToJsonString() },
        { "unknown properties", Sentinels(Requests.Valid()).With("""{"ZZPHI-name":"ZZPHI-VALUE","administrations[0].pupm":"ZZPHI-PUMP","patient.mrn":"ZZPHI-MRN"}""").ToJsonString() },
        { "many read errors", Sentinels(Requests.Valid()).With("""
            {"administrations[0].start":"ZZPHI-TIME","administrations[0].end":"2026-03-02T12:45:00","patient.dateOfBirth":"1937-02-30",
             "setting":"ZZPHI-SETTING","diagnoses":["ZZPHI-DX",17],"billingProvider.npi":1937004194}
            """).ToJsonString() },
        { "malformed", """{"encounterId":"ZZPHI-ENC","patient":{"id":"ZZPHI-PAT","sex":"ZZPHI-SEX"},"setting":ZZPHI""" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task PostScrub_AnyOutcome_WritesNoPatientOrFreeTextValueToAnyLogEvent(string outcome, string body)
    {
        using var factory = new ScrubberApiFactory();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync(Requests.ScrubPath + "?mrn=ZZPHI-QUERY", content, TestContext.Current.CancellationToken);

        if (outcome == "valid")
        {
            response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, "the sentinels must not make the valid request invalid");
        }

        await RequestLogEvents.WaitForAsync(factory.LogEvents, 1);
        var texts = factory.LogEvents.Select(LogText.Of).ToArray();
        texts.Should().NotBeEmpty(outcome);
        texts.Should().AllSatisfy(t => t.Should().NotContainAny(["ZZPHI", SentinelDateOfBirth, SentinelNpi]), outcome + " " + response.StatusCode);
    }

    public static TheoryData<string, string> FhirBodies() => new()
    {
        { "valid", FhirSentinels().ToJsonString() },
        { "invalid", FhirSentinels().With("""{"entry[4].resource.code":{"coding":[{"system":"http://snomed.info/sct","code":"ZZPHI-CODE"}]},"entry[1].resource.identifier[0].value":"ZZPHI-NPI"}""").ToJsonString() },
        { "not FHIR", FhirSentinels().With("""{"entry[7].resource.effectivePeriod.end":"ZZPHI-TIME","entry[0].resource.ZZPHI":"x"}""").ToJsonString() },
        { "malformed", """{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient","name":[{"family":"ZZPHI-NAME"}],""" },
    };

    [Theory]
    [MemberData(nameof(FhirBodies))]
    public async Task PostFhirScrub_AnyOutcome_WritesNoPatientResourceOrFreeTextValueToAnyLogEvent(string outcome, string body)
    {
        using var factory = new ScrubberApiFactory();

        var response = await factory.CreateClient().PostBodyAsync(body);

        if (outcome == "valid")
        {
            response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, "the sentinels must not make the valid Bundle invalid");
        }

        await RequestLogEvents.WaitForAsync(factory.LogEvents, 1);
        var texts = factory.LogEvents.Select(LogText.Of).ToArray();
        texts.Should().NotBeEmpty(outcome);
        texts.Should().AllSatisfy(t => t.Should().NotContainAny(["ZZPHI", SentinelDateOfBirth, SentinelNpi]), outcome + " " + response.StatusCode);
    }

    // X12 output: the 837 path (rendered, and refused with a 422 whose messages name the fields) and the batch with format=837.
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task PostScrub_X12Output_WritesNoPatientOrFreeTextValueToAnyLogEvent(bool configured, bool batch)
    {
        using var factory = new ScrubberApiFactory();
        var client = configured ? factory.WithWebHostBuilder(b => X12.X12Settings.Apply(b)).CreateClient() : factory.CreateClient();
        var body = X12Sentinels(JsonNode.Parse(OncologyBilling.Api.OpenApi.Examples.X12RequestExample.Value.Json)!.AsObject());
        using var request = new HttpRequestMessage(HttpMethod.Post, batch ? Requests.ScrubPath + "/batch?format=837" : Requests.ScrubPath)
        {
            Content = new StringContent(batch ? new JsonArray(body).ToJsonString() : body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/edi-x12");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        if (configured)
        {
            response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
            text.Should().Contain("ZZPHI-LAST", "the sentinels must reach the 837 for the test to mean anything");
        }

        await RequestLogEvents.WaitForAsync(factory.LogEvents, 1);
        factory.LogEvents.Select(LogText.Of).Should().AllSatisfy(t => t.Should().NotContainAny(["ZZPHI", SentinelDateOfBirth, "1EG4TE5MK73", "1245319599"]));
    }

    // The other representations: a FHIR Claim from either endpoint, and an 837 (rendered, or refused with a 422) from the FHIR endpoint.
    [Theory]
    [InlineData(false, "application/fhir+json", false)]
    [InlineData(true, "application/fhir+json", false)]
    [InlineData(true, "application/edi-x12", false)]
    [InlineData(true, "application/edi-x12", true)]
    public async Task PostScrub_FhirClaimOrX12FromEitherEndpoint_WritesNoPatientOrFreeTextValueToAnyLogEvent(bool fhirEndpoint, string accept, bool configured)
    {
        using var factory = new ScrubberApiFactory();
        var client = configured ? factory.WithWebHostBuilder(b => X12.X12Settings.Apply(b)).CreateClient() : factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, fhirEndpoint ? FhirBundles.ScrubPath : Requests.ScrubPath)
        {
            Content = fhirEndpoint ? FhirBundles.Content(FhirSentinels().ToJsonString()) : new StringContent(Sentinels(Requests.Valid()).ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().BeOneOf(200, 422);
        response.Content.Headers.ContentType!.MediaType.Should().BeOneOf(accept, "application/problem+json");
        await RequestLogEvents.WaitForAsync(factory.LogEvents, 1);
        factory.LogEvents.Select(LogText.Of).Should().AllSatisfy(t => t.Should().NotContainAny(["ZZPHI", SentinelDateOfBirth, SentinelNpi]), accept + " " + response.StatusCode);
    }

    [Fact]
    public async Task PostToUnknownRoute_PathWithIdentifier_NeverLogsThePath()
    {
        using var factory = new ScrubberApiFactory();

        await factory.CreateClient().PostAsJsonAsync("/api/v1/claims/ZZPHI-MRN-123", Requests.Valid(), TestContext.Current.CancellationToken);

        await RequestLogEvents.WaitForAsync(factory.LogEvents, 1);
        factory.LogEvents.Select(LogText.Of).Should().AllSatisfy(t => t.Should().NotContain("ZZPHI"));
    }

    // The office Bundle's Patient already carries ZZPHI name and MRN and the sentinel birth date (Fhir/Bundles).
    private static JsonObject FhirSentinels() => FhirBundles.Bundle("office-chemotherapy-day").With($$"""
        {
          "entry[3].resource.id": "ZZPHI-ENC", "entry[1].resource.identifier[0].value": "{{SentinelNpi}}",
          "entry[1].resource.name": "ZZPHI-ORG", "entry[2].resource.name": "ZZPHI-LOCATION",
          "entry[7].resource.dosage.site.text": "ZZPHI-SITE", "entry[7].resource.dosage.text": "ZZPHI-SIG",
          "entry[7].resource.id": "ZZPHI-ADM", "entry[4].resource.code.text": "ZZPHI-DX"
        }
        """);

    private static JsonObject X12Sentinels(JsonObject request) => request.With($$"""
        {
          "encounterId": "ZZPHI-ENC", "patient.lastName": "ZZPHI-LAST", "patient.firstName": "ZZPHI-FIRST", "patient.dateOfBirth": "{{SentinelDateOfBirth}}",
          "patient.address.line1": "ZZPHI-STREET", "patient.address.city": "ZZPHI-CITY", "payer.name": "ZZPHI-PAYER", "renderingProvider.lastName": "ZZPHI-DOCTOR"
        }
        """);

    private static JsonObject Sentinels(JsonObject request) => request.With($$"""
        {
          "encounterId": "ZZPHI-ENC", "patient": { "id": "ZZPHI-PAT", "dateOfBirth": "{{SentinelDateOfBirth}}", "sex": "ZZPHI-SEX" },
          "payer.id": "ZZPHI-PAYER", "billingProvider.npi": "{{SentinelNpi}}",
          "administrations[0].id": "ZZPHI-ADM", "administrations[0].drug.name": "ZZPHI-DRUG",
          "administrations[0].accessSite": "ZZPHI-SITE", "administrations[0].bag": "ZZPHI-BAG",
          "administrations[1].drug.name": "ZZPHI-DRUG2", "priorAuthorizations[0].number": "ZZPHI-PA"
        }
        """);
}
