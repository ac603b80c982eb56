using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Fhir;
using OncologyBilling.Api.IntegrationTests.Support;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>
/// ?detail=compact (issue 14): the same claim without the explanatory members. The compact answer must be exactly the
/// full answer with those members taken out (run ids aside, minted per scrub): codes, units, modifiers, status,
/// findings and checks are not allowed to differ. An unknown value is a 400 naming the parameter.
/// </summary>
public sealed class CompactDetailTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    [Fact]
    public async Task PostScrub_DetailCompact_IsTheFullClaimWithoutExplanationsBasisSourcesNotesAndTables()
    {
        var full = await ClaimAsync(Requests.ScrubPath);
        var compact = await ClaimAsync(Requests.ScrubPath + "?detail=compact");

        full["lines"]!.AsArray().Should().NotBeEmpty();
        full["estimate"].Should().NotBeNull("the valid request asks for the estimate, so its members are there to leave out");
        JsonDiff.Paths(WithoutExplanations(full), WithoutRunId(compact)).Should().BeEmpty();
        compact["referenceData"]!.AsObject().Select(p => p.Key).Should().Equal("version");
        compact["lines"]!.AsArray().Should().OnlyContain(line => !line!.AsObject().ContainsKey("explanation"));
    }

    [Fact]
    public async Task PostScrub_DetailFull_IsTheDefault()
    {
        var omitted = await ClaimAsync(Requests.ScrubPath);
        var full = await ClaimAsync(Requests.ScrubPath + "?detail=full");

        JsonDiff.Paths(WithoutRunId(omitted), WithoutRunId(full)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(Requests.ScrubPath + "?detail=Compact")]
    [InlineData(Requests.ScrubPath + "?detail=")]
    [InlineData(Requests.ScrubPath + "?detail=compact&detail=full")]
    [InlineData(FhirBundles.ScrubPath + "?detail=short")]
    [InlineData("/api/v1/claims/scrub/batch?detail=none")]
    public async Task Post_UnknownDetail_Is400NamingTheParameter(string path)
    {
        var response = await factory.CreateClient().PostAsJsonAsync(path, Requests.Valid(), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["errors"]!.AsObject();
        errors.Select(e => e.Key).Should().Equal("detail");
        ((string?)errors["detail"]![0]).Should().Be("'detail' must be full (default) or compact.");
    }

    [Fact]
    public async Task PostFhirScrub_DetailCompact_IsTheFullClaimWithoutTheExplanatoryMembers()
    {
        var client = factory.CreateClient();
        var bundle = FhirBundles.Bundle("office-chemotherapy-day").ToJsonString();

        var full = await BodyAsync(await client.PostAsync(FhirBundles.ScrubPath, FhirBundles.Content(bundle), TestContext.Current.CancellationToken));
        var compact = await BodyAsync(await client.PostAsync(FhirBundles.ScrubPath + "?detail=compact", FhirBundles.Content(bundle), TestContext.Current.CancellationToken));

        full["lines"]!.AsArray().Should().NotBeEmpty();
        JsonDiff.Paths(WithoutExplanations(full), WithoutRunId(compact)).Should().BeEmpty();
    }

    [Fact]
    public async Task PostBatch_DetailCompact_EveryClaimIsCompact()
    {
        var client = factory.CreateClient();
        var body = $"{Batch.BatchBodies.Encounter("ENC-C1")}\n{Batch.BatchBodies.Encounter("ENC-C2")}";

        var full = await Batch.BatchBodies.EntriesAsync(await client.PostAsync("/api/v1/claims/scrub/batch", Batch.BatchBodies.Ndjson(body), TestContext.Current.CancellationToken));
        var compact = await Batch.BatchBodies.EntriesAsync(await client.PostAsync("/api/v1/claims/scrub/batch?detail=compact", Batch.BatchBodies.Ndjson(body), TestContext.Current.CancellationToken));

        compact.Should().HaveCount(2);
        for (var i = 0; i < compact.Count; i++)
        {
            ((int)compact[i]["status"]!).Should().Be(200);
            JsonDiff.Paths(WithoutExplanations(full[i]["claim"]!.AsObject()), WithoutRunId(compact[i]["claim"]!.AsObject())).Should().BeEmpty();
        }
    }

    private async Task<JsonObject> ClaimAsync(string path) =>
        await BodyAsync(await factory.CreateClient().PostAsJsonAsync(path, Requests.Valid(), TestContext.Current.CancellationToken));

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
    }

    /// <summary>The full claim as docs/requests.md says compact writes it, without the run id (each scrub mints its own).</summary>
    private static JsonObject WithoutExplanations(JsonObject full)
    {
        var claim = WithoutRunId(full);
        claim["referenceData"]!.AsObject().Remove("tables");
        foreach (var line in claim["lines"]!.AsArray())
        {
            line!.AsObject().Remove("explanation");
        }

        if (claim["estimate"] is JsonObject estimate)
        {
            estimate.Remove("notes");
            estimate.Remove("excludes");
            estimate["difference"]!.AsObject().Remove("basis");
            foreach (var setting in new[] { estimate["office"]!.AsObject(), estimate["hospitalOutpatient"]!.AsObject() })
            {
                setting.Remove("sources");
                foreach (var line in setting["lines"]!.AsArray())
                {
                    line!.AsObject().Remove("basis");
                    line!.AsObject().Remove("coinsuranceBasis");
                }
            }
        }

        return claim;
    }

    private static JsonObject WithoutRunId(JsonObject claim)
    {
        var copy = claim.DeepClone().AsObject();
        copy.Remove("runId");
        return copy;
    }
}
