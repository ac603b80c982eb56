using System.Net;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;
using static OncologyBilling.Api.IntegrationTests.Batch.BatchBodies;

namespace OncologyBilling.Api.IntegrationTests.Batch;

public sealed class BatchEndpointTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private const string Route = "/api/v1/claims/scrub/batch";

    [Fact]
    public async Task PostBatch_JsonArrayWithMixedEncounters_StreamsOneEntryPerEncounterInOrder()
    {
        var body = $"[{Encounter("ENC-A")},{InvalidId},{UnknownRoute},{Encounter("ENC-B")}]";

        var response = await Post(Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/x-ndjson");
        var entries = await EntriesAsync(response);
        entries.Select(e => ((int)e["index"]!, (int)e["status"]!)).Should().Equal((0, 200), (1, 400), (2, 400), (3, 200));
        AdministrationLines(entries[0]).Should().Equal("96413x1", "96415x2");
        ((string?)entries[3]["claim"]!["encounterId"]).Should().Be("ENC-B");
        entries[1]["problem"]!["errors"]!.AsObject().Select(e => e.Key).Should().Equal("encounterId");
        entries[2]["problem"]!["errors"]!.AsObject().Select(e => e.Key).Should().Equal("administrations[0].route");
        entries[1].ContainsKey("claim").Should().BeFalse();
        entries[0].ContainsKey("problem").Should().BeFalse();
    }

    [Fact]
    public async Task PostBatch_NdjsonWithBadLines_IndexesNonBlankLinesAndKeepsGoing()
    {
        // Blank lines are skipped without an index; the last line has no trailing newline.
        var body = $"{Encounter("ENC-A")}\r\n\n{{not json\n{InvalidId}\n   \n42\n{Encounter("ENC-B")}";

        var response = await Post(Ndjson(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var entries = await EntriesAsync(response);
        entries.Select(e => ((int)e["index"]!, (int)e["status"]!)).Should().Equal((0, 200), (1, 400), (2, 400), (3, 400), (4, 200));
        entries[1]["problem"]!["errors"]!.AsObject().Should().ContainSingle();
        entries[2]["problem"]!["errors"]!.AsObject().Select(e => e.Key).Should().Equal("encounterId");
        ((string?)entries[4]["claim"]!["encounterId"]).Should().Be("ENC-B");
        AdministrationLines(entries[4]).Should().Equal("96413x1", "96415x2");
    }

    [Fact]
    public async Task PostBatch_ErrorEntries_CarryTheReadableEncounterIdAndTheTraceIdWithEveryError()
    {
        var typo = Encounter("ENC-TYPO").Replace("\"route\":\"ivInfusion\"", "\"route\":\"ivDrip\",\"pupm\":true", StringComparison.Ordinal);
        var body = $"{typo}\n{InvalidId}\n{{not json\n{Encounter("ENC-OK")}";

        var response = await Post(Ndjson(body));

        var entries = await EntriesAsync(response);
        entries.Select(e => (int)e["status"]!).Should().Equal(400, 400, 400, 200);
        ((string?)entries[0]["encounterId"]).Should().Be("ENC-TYPO");
        entries[0]["problem"]!["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo("administrations[0].route", "administrations[0].pupm");
        // "BAD ID!" is not a well-formed encounter id, and a broken line has none to read: neither is echoed.
        entries[1].ContainsKey("encounterId").Should().BeFalse();
        entries[2].ContainsKey("encounterId").Should().BeFalse();
        var traceIds = entries.Take(3).Select(e => (string?)e["problem"]!["traceId"]).ToArray();
        traceIds.Should().AllSatisfy(t => t.Should().NotBeNullOrWhiteSpace()).And.OnlyContain(t => t == traceIds[0]);
    }

    [Fact]
    public async Task PostBatch_ManyEncountersScrubbedInParallel_KeepsRequestOrder()
    {
        // Every 7th encounter is invalid, so a reordered or dropped result shows up as a status in the wrong place.
        var body = string.Join('\n', Enumerable.Range(0, 600).Select(i => i % 7 == 3 ? InvalidId : Encounter($"ENC-{i}")));

        var response = await Post(Ndjson(body));

        var entries = await EntriesAsync(response);
        entries.Select(e => (int)e["index"]!).Should().Equal(Enumerable.Range(0, 600));
        entries.Select(e => (int)e["status"]!).Should().Equal(Enumerable.Range(0, 600).Select(i => i % 7 == 3 ? 400 : 200));
        entries.Where(e => (int)e["status"]! == 200).Select(e => (string?)e["claim"]!["encounterId"])
            .Should().Equal(Enumerable.Range(0, 600).Where(i => i % 7 != 3).Select(i => $"ENC-{i}"));
    }

    [Fact]
    public async Task PostBatch_MoreEncountersThanTheLimit_EndsWithA413EntryAtTheLimit()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Batch:MaxEncounters", "2"));
        var body = string.Join('\n', Enumerable.Range(0, 5).Select(i => Encounter($"ENC-{i}")));

        var response = await limited.CreateClient().PostAsync(Route, Ndjson(body), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var entries = await EntriesAsync(response);
        entries.Select(e => ((int)e["index"]!, (int)e["status"]!)).Should().Equal((0, 200), (1, 200), (2, 413));
        ((string?)entries[2]["problem"]!["title"]).Should().Contain("more than 2 encounters");
    }

    [Theory]
    [InlineData("application/json", "")]
    [InlineData("application/x-ndjson", "")]
    [InlineData("application/x-ndjson", " \n\r\n ")]
    public async Task PostBatch_EmptyBody_Returns400Problem(string mediaType, string body)
    {
        var response = await Post(mediaType == "application/json" ? Json(body) : Ndjson(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task PostBatch_EmptyArray_Returns200WithNoEntries()
    {
        var response = await Post(Json(" [ ] "));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await EntriesAsync(response)).Should().BeEmpty();
    }

    [Fact]
    public async Task PostBatch_JsonBodyThatIsNotAnArray_Returns400Problem()
    {
        var response = await Post(Json(Encounter("ENC-A")));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task PostBatch_ArrayBrokenMidway_KeepsEarlierResultsAndEndsWithA400Entry()
    {
        var response = await Post(Json($"[{Encounter("ENC-A")}, {{\"encounterId\": ]"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var entries = await EntriesAsync(response);
        entries.Select(e => ((int)e["index"]!, (int)e["status"]!)).Should().Equal((0, 200), (1, 400));
    }

    [Fact]
    public async Task PostBatch_UnsupportedContentType_Returns415()
    {
        var content = new StringContent("[]");
        content.Headers.ContentType = new("text/plain");

        var response = await Post(content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task PostBatch_AnyEncounters_WritesNoEncounterIdsToLogs()
    {
        await Post(Ndjson($"{Encounter("ZZPHI-BATCH-1")}\n{InvalidId.Replace("BAD ID!", "ZZPHI BATCH 2!", StringComparison.Ordinal)}"));

        LogText.Of(factory.LogEvents)
            .Should().NotContain(text => text.Contains("ZZPHI", StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> Post(HttpContent content) =>
        factory.CreateClient().PostAsync(Route, content, TestContext.Current.CancellationToken);
}
