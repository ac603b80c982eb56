using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;

namespace OncologyBilling.Api.IntegrationTests.Fhir;

/// <summary>Bundles the scrub cannot use: a 400 OperationOutcome naming each element by FHIRPath, never a 500.</summary>
public sealed class FhirBadInputTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    // office-chemotherapy-day: entry 1 Organization, 2 Location, 3 Encounter, 4-5 Conditions, 6 ondansetron, 7 paclitaxel.
    private static JsonObject Office() => FhirBundles.Bundle("office-chemotherapy-day");

    private static JsonObject Resource(JsonObject bundle, int entry) => bundle["entry"]![entry]!["resource"]!.AsObject();

    [Fact]
    public async Task PostBundle_MalformedJson_NamesTheBundle()
    {
        var response = await factory.CreateClient().PostBodyAsync("""{"resourceType":"Bundle","type":"collection","entry":[{"resource":""");

        await response.ShouldNameAsync("Bundle");
    }

    [Fact]
    public async Task PostBundle_NotABundle_NamesTheBundle()
    {
        var response = await factory.CreateClient().PostBodyAsync("""{"resourceType":"Patient","id":"p1"}""");

        await response.ShouldNameAsync("Bundle");
    }

    [Fact]
    public async Task PostBundle_UnknownResourceTypeAndElement_NamesEachAsTheSdkFindsThem()
    {
        var bundle = Office();
        bundle["entry"]![0]!["resource"] = JsonNode.Parse("""{"resourceType":"Nope","id":"x"}""");
        Resource(bundle, 7)["rateOfInfusion"] = 5;

        var response = await factory.CreateClient().PostBundleAsync(bundle);

        var issues = await response.ShouldBeOperationOutcomeAsync(HttpStatusCode.BadRequest);
        var expressions = issues.SelectMany(i => i!["expression"]!.AsArray().Select(e => (string?)e)).ToList();
        expressions.Should().Contain(["Bundle.entry[0].resource", "Bundle.entry[7].resource.rateOfInfusion"]);
    }

    [Fact]
    public async Task PostBundle_InvalidDateTimeLiteral_NamesTheElementAndNeverEchoesTheValue()
    {
        var bundle = Office();
        Resource(bundle, 7)["effectivePeriod"]!["end"] = "2026-03-02T25:99:00-05:00";

        var response = await factory.CreateClient().PostBundleAsync(bundle);

        // The SDK names choice elements without their type suffix (FHIRPath: effective, not effectivePeriod).
        var issues = await response.ShouldNameAsync("Bundle.entry[7].resource.effective.end");
        issues.ToJsonString().Should().NotContain("25:99");
    }

    [Fact]
    public async Task PostBundle_ConditionCodedOnlyInSnomed_NamesTheCodingSystem()
    {
        var bundle = Office();
        Resource(bundle, 4)["code"] = JsonNode.Parse("""{"coding":[{"system":"http://snomed.info/sct","code":"363443007"}]}""");

        var response = await factory.CreateClient().PostBundleAsync(bundle);

        await response.ShouldNameAsync("Bundle.entry[4].resource.code.coding[0].system");
    }

    [Fact]
    public async Task PostBundle_DrugCodedOnlyInAnUnreadSystem_NamesTheCodingSystem()
    {
        var bundle = Office();
        Resource(bundle, 6)["medicationCodeableConcept"] = JsonNode.Parse("""{"coding":[{"system":"http://snomed.info/sct","code":"372487007"}]}""");

        var response = await factory.CreateClient().PostBundleAsync(bundle);

        await response.ShouldNameAsync("Bundle.entry[6].resource.medicationCodeableConcept.coding[0].system");
    }

    [Theory]
    [InlineData("http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration", "PO", "Bundle.entry[6].resource.dosage.route.coding[0].code")]
    [InlineData("http://example.org/local-routes", "IVP", "Bundle.entry[6].resource.dosage.route.coding[0].system")]
    public async Task PostBundle_RouteNotMapped_NamesTheCoding(string system, string code, string expression)
    {
        var bundle = Office();
        Resource(bundle, 6)["dosage"]!["route"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = system, ["code"] = code }) };

        var response = await factory.CreateClient().PostBundleAsync(bundle);

        await response.ShouldNameAsync(expression);
    }

    [Fact]
    public async Task PostBundle_IntravenousWithNeitherMethodNorStopTime_PushOrInfusionIsNotGuessed()
    {
        var bundle = Office();
        Resource(bundle, 6)["dosage"]!["route"] = JsonNode.Parse("""{"coding":[{"system":"http://snomed.info/sct","code":"47625008"}]}""");

        var response = await factory.CreateClient().PostBundleAsync(bundle);

        await response.ShouldNameAsync("Bundle.entry[6].resource.dosage.method");
    }

    [Fact]
    public async Task PostBundle_TwoEncounters_NamesTheEncounters()
    {
        var bundle = Office();
        bundle["entry"]!.AsArray().Add(bundle["entry"]![3]!.DeepClone());
        bundle["entry"]![8]!["fullUrl"] = "urn:uuid:6f1c2d3e-0000-4000-8000-000000000099";

        var response = await factory.CreateClient().PostBundleAsync(bundle);

        await response.ShouldNameAsync("Bundle.entry.resource.ofType(Encounter)");
    }

    [Fact]
    public async Task PostBundle_ContractRuleBroken_NamedByTheFhirElementItCameFrom()
    {
        var bundle = Office();
        Resource(bundle, 1)["identifier"]![0]!["value"] = "1234567890";
        Resource(bundle, 7)["dosage"]!["dose"]!["value"] = -5;

        var response = await factory.CreateClient().PostBundleAsync(bundle);

        // The JSON endpoint's validator (NPI check digit, positive amounts) reports billingProvider.npi and
        // administrations[1].dose.amount; the trace turns them into the elements of the Bundle.
        await response.ShouldNameAsync("Bundle.entry[1].resource.identifier[0].value", "Bundle.entry[7].resource.dosage.dose.value");
    }

    [Fact]
    public async Task PostBundle_UnsupportedMediaType_Returns415BeforeTheEndpoint()
    {
        using var content = FhirBundles.Content(Office().ToJsonString(), "text/plain");

        var response = await factory.CreateClient().PostAsync(FhirBundles.ScrubPath, content, TestContext.Current.CancellationToken);

        // Routing refuses the media type before the endpoint runs, as it does 401/403: problem details.
        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
    }
}
