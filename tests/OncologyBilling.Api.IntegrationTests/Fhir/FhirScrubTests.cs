using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FluentAssertions;

namespace OncologyBilling.Api.IntegrationTests.Fhir;

/// <summary>
/// A Bundle and the JSON request for the same encounter scrub to the same claim; only the run id and each finding's
/// path differ, the FHIR endpoint naming the element of the Bundle. Expected codes are worked from coding-rules.md
/// (sources in the scenario files named below), not copied from a response.
/// </summary>
public sealed class FhirScrubTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private const string Vials = $"extension('{FhirBundles.Ext}vials-opened')";

    [Theory]
    [InlineData("office-chemotherapy-day")]
    [InlineData("hospital-hydration-and-pushes")]
    [InlineData("pump-start")]
    [InlineData("unknown-drug-coding")]
    public async Task PostBundle_SameEncounterAsJsonRequest_SameClaimWithFindingsOnFhirElements(string name)
    {
        var client = factory.CreateClient();

        var fhir = await ClaimAsync(await client.PostBundleAsync(FhirBundles.Bundle(name)));
        var json = await ClaimAsync(await client.PostAsJsonAsync("/api/v1/claims/scrub", FhirBundles.Request(name), TestContext.Current.CancellationToken));

        var fhirPaths = Strip(fhir);
        var jsonPaths = Strip(json);
        JsonNode.DeepEquals(fhir, json).Should().BeTrue($"FHIR:\n{fhir}\nJSON:\n{json}");
        fhirPaths.Should().HaveCount(jsonPaths.Count).And.AllSatisfy(p => p.Should().StartWith("Bundle"));
    }

    [Fact]
    public async Task PostBundle_OfficeChemotherapyDay_CodesThePaclitaxelDayFromTheReadme()
    {
        var claim = await ClaimAsync(await factory.CreateClient().PostBundleAsync(FhirBundles.Bundle("office-chemotherapy-day")));

        // README worked example: paclitaxel 10:00–12:45 = 165 min -> 96413 + 96415 x floor((165 - 31) / 60) = 2 (ADM-TIME-02);
        // the ondansetron push of another drug -> 96375 (ADM-SEQ-03); J9267 per 1 mg x 333; J2405 per 1 mg x 8.
        Codes(claim).Should().Equal("96413x1", "96415x2", "96375x1", "J9267x333", "J2405x8");
        claim["diagnoses"]!.AsArray().Select(d => (string?)d!["code"]).Should().Equal("Z51.11", "C56.1");
        // Ondansetron (entry 6) has no vials-opened extension: INP-04 names the extension to send.
        Finding(claim, "INP-04")["path"]!.GetValue<string>().Should().Be($"Bundle.entry[6].resource.{Vials}");
    }

    [Fact]
    public async Task PostBundle_HospitalHydrationAndPushes_PushIsInitialAndHydrationSecondary()
    {
        var claim = await ClaimAsync(await factory.CreateClient().PostBundleAsync(FhirBundles.Bundle("hospital-hydration-and-pushes")));

        // Scenario T11 (coding-rules.md §4.1 hierarchy): therapeutic push ranks above hydration -> 96374 initial;
        // dexamethasone, a different drug pushed -> 96375; hydration 60 min secondary -> 96361 x 1 (NCCI-05).
        Codes(claim).Should().StartWith(["96374x1", "96375x1", "96361x1"]);
        claim["claimType"]!.GetValue<string>().Should().Be("institutional");
        Finding(claim, "NCCI-05")["path"]!.GetValue<string>().Should().Be("Bundle.entry[6].resource");
    }

    [Fact]
    public async Task PostBundle_PumpStart_Codes96416ForTheFortySixHourPump()
    {
        var claim = await ClaimAsync(await factory.CreateClient().PostBundleAsync(FhirBundles.Bundle("pump-start")));

        // Scenario E3 (FOLFOX day 1): oxaliplatin 150 min -> 96413 + 96415 x 1; pump 46 h > 8 h -> 96416;
        // 5-FU push -> 96411; leucovorin concurrent in its own bag -> 96368; office pump -> ADM-PUMP-02 on the pump's resource.
        Codes(claim).Where(c => c.StartsWith('9')).Should().Equal("96413x1", "96415x1", "96416x1", "96411x1", "96368x1");
        Finding(claim, "ADM-PUMP-02")["path"]!.GetValue<string>().Should().Be("Bundle.entry[8].resource");
    }

    [Fact]
    public async Task PostBundle_NoStopTime_DocumentationFindingOnEffectivePeriodEndNotAGuess()
    {
        var client = factory.CreateClient();

        var response = await client.PostBundleAsync(FhirBundles.Bundle("no-stop-time"));
        var claim = await ClaimAsync(response);

        // INP-01: an infusion without a stop time gets no time units; the claim cannot go out (status rejected).
        claim["status"]!.GetValue<string>().Should().Be("rejected");
        Finding(claim, "INP-01")["path"]!.GetValue<string>().Should().Be("Bundle.entry[7].resource.effectivePeriod.end");
        Codes(claim).Should().NotContain(c => c.StartsWith("96413") || c.StartsWith("96415"));
        // The JSON contract refuses the same encounter outright: 'end' is required for an ivInfusion.
        var request = FhirBundles.Request("office-chemotherapy-day");
        request["administrations"]![1]!.AsObject().Remove("end");
        var json = await client.PostAsJsonAsync("/api/v1/claims/scrub", request, TestContext.Current.CancellationToken);
        json.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PostBundle_UnknownDrugCoding_FindingOnTheMedicationNoCodeGuessed()
    {
        var claim = await ClaimAsync(await factory.CreateClient().PostBundleAsync(FhirBundles.Bundle("unknown-drug-coding")));

        claim["lines"]!.AsArray().Should().BeEmpty();
        // An unresolved drug is an error the client must fix (issue 11 items 3 and 5): the claim is rejected.
        claim["status"]!.GetValue<string>().Should().Be("rejected");
        // J9999 (NOC antineoplastic) has no billing unit in the CMS files: DRG-CODE-06, nothing guessed (issue 11 item 2).
        Finding(claim, "DRG-CODE-06")["path"]!.GetValue<string>().Should().StartWith("Bundle.entry[5].resource.medicationCodeableConcept");
    }

    internal static async Task<JsonObject> ClaimAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static List<string> Strip(JsonObject claim)
    {
        claim.Remove("runId");
        var paths = claim["findings"]!.AsArray().Select(f => f!["path"]?.GetValue<string>() ?? "").ToList();
        foreach (var finding in claim["findings"]!.AsArray())
        {
            finding!.AsObject().Remove("path");
        }

        return paths;
    }

    private static IEnumerable<string> Codes(JsonObject claim) =>
        claim["lines"]!.AsArray().Select(l => $"{l!["code"]}x{l["units"]}");

    private static JsonObject Finding(JsonObject claim, string ruleId) =>
        claim["findings"]!.AsArray().Single(f => (string?)f!["ruleId"] == ruleId)!.AsObject();
}
