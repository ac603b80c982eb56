using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentAssertions;
using OncologyBilling.Api.Batch;
using OncologyBilling.Api.Serialization;
using static OncologyBilling.Api.IntegrationTests.Batch.BatchBodies;

namespace OncologyBilling.Api.IntegrationTests.Batch;

/// <summary>The scanners fed a few bytes at a time, as a slow client's body arrives.</summary>
public sealed class BatchScannerTests
{
    // The API's settings (ApiServiceExtensions): web defaults, camelCase enums as strings only, unknown properties refused.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters =
        {
            new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
            new OffsetRequiredDateTimeOffsetConverter(),
            new CalendarDateOnlyConverter(),
        },
    };

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task JsonArray_ReadInSmallChunks_YieldsEveryElementWhole(int chunk)
    {
        var body = $"[ {Encounter("ENC-0")} ,\n{UnknownRoute}, {Encounter("ENC-2")} ]";

        var items = await ReadAll(body, chunk, new JsonArrayScanner(new EncounterParser(new ScrubRequestReader(Options)), 1024 * 1024));

        // The unknown route is a read error; the rest of that encounter is still read.
        items.Select(i => (i.Index, i.Read?.Request?.EncounterId, string.Join(',', i.Read!.Errors.Keys))).Should().Equal(
            (0, "ENC-0", ""), (1, "ENC-R", "administrations[0].route"), (2, "ENC-2", ""));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task Ndjson_ReadInSmallChunks_YieldsEveryLine(int chunk)
    {
        var body = $"{Encounter("ENC-0")}\n\n{Encounter("ENC-1")}\r\n{Encounter("ENC-2")}";

        var items = await ReadAll(body, chunk, new NdjsonScanner(new EncounterParser(new ScrubRequestReader(Options)), 1024 * 1024));

        items.Select(i => (i.Index, i.Read?.Request?.EncounterId)).Should().Equal((0, "ENC-0"), (1, "ENC-1"), (2, "ENC-2"));
    }

    [Fact]
    public async Task Ndjson_LineOverTheByteLimit_EndsWithAFinal413Item()
    {
        var body = $"{Encounter("ENC-0")}\n{Encounter("ENC-1").Replace("ENC-1", new string('X', 600), StringComparison.Ordinal)}\n{Encounter("ENC-2")}";

        var items = await ReadAll(body, 64, new NdjsonScanner(new EncounterParser(new ScrubRequestReader(Options)), 500));

        items.Select(i => (i.Index, i.Problem?.Status, i.Final)).Should().Equal((0, null, false), (1, 413, true));
    }

    [Fact]
    public async Task JsonArray_ElementOverTheByteLimit_EndsWithAFinal413Item()
    {
        var body = $"[{Encounter("ENC-0")},{Encounter(new string('X', 600))}]";

        var items = await ReadAll(body, 64, new JsonArrayScanner(new EncounterParser(new ScrubRequestReader(Options)), 500));

        items.Select(i => (i.Index, i.Problem?.Status, i.Final)).Should().Equal((0, null, false), (1, 413, true));
    }

    [Fact]
    public async Task JsonArray_BodyEndsInsideTheArray_EndsWithAFinal400Item()
    {
        var items = await ReadAll($"[{Encounter("ENC-0")},", 16, new JsonArrayScanner(new EncounterParser(new ScrubRequestReader(Options)), 1024 * 1024));

        items.Select(i => (i.Index, i.Problem?.Status, i.Final)).Should().Equal((0, null, false), (1, 400, true));
    }

    private static async Task<List<BatchItem>> ReadAll(string body, int chunk, IBatchScanner scanner)
    {
        var pipe = new Pipe();
        var bytes = Encoding.UTF8.GetBytes(body);
        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < bytes.Length; i += chunk)
            {
                await pipe.Writer.WriteAsync(bytes.AsMemory(i, Math.Min(chunk, bytes.Length - i)));
            }

            await pipe.Writer.CompleteAsync();
        });
        var items = new List<BatchItem>();
        await foreach (var read in BatchBodyReader.ReadAsync(pipe.Reader, scanner, CancellationToken.None))
        {
            items.AddRange(read);
        }

        await writing;
        return items;
    }
}
