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
