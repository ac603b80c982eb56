using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using BenchmarkDotNet.Attributes;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Serialization;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Benchmarks;

/// <summary>
/// What POST /api/v1/claims/scrub does to the five-administration encounter besides HTTP: read the JSON, validate,
/// map, scrub, map back, write the JSON. Each step alone, then the whole path.
/// </summary>
public class JsonPathBenchmarks
{
    private byte[] _body = [];
    private JsonSerializerOptions _json = null!;
    private IValidator<ScrubRequest> _validator = null!;
    private ClaimScrubber _scrubber = null!;
    private ScrubRequest _request = null!;
    private ScrubbedClaim _claim = null!;
    private ScrubResult _result = null!;
    private JsonTypeInfo<ScrubbedClaim> _fullClaim = null!;
    private JsonTypeInfo<ScrubbedClaim> _compactClaim = null!;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private JsonWriterOptions _writerOptions;

    [GlobalSetup]
    public void Setup()
    {
        var host = BenchmarkHost.Instance;
        (_json, _validator, _scrubber) = (host.Json, host.Validator, host.Scrubber);
        _body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(JsonDocument.Parse(Encounters.FiveAdministrations)));
        _request = Encounters.Request(Encounters.FiveAdministrations, _json);
        _result = _scrubber.Scrub(_request.ToEncounter());
        _claim = _result.ToContract();
        (_fullClaim, _compactClaim) = (host.ClaimJson.Claim(ClaimDetail.Full), host.ClaimJson.Claim(ClaimDetail.Compact));
        _writerOptions = new JsonWriterOptions { Encoder = _json.Encoder, SkipValidation = true };
    }

    [Benchmark]
    public ScrubRequest? Deserialize() => JsonSerializer.Deserialize<ScrubRequest>(_body, _json);

    [Benchmark]
    public bool Validate() => _validator.Validate(_request).IsValid;

    [Benchmark]
    public ScrubbedClaim MapScrubMap() => _scrubber.Scrub(_request.ToEncounter()).ToContract();

    [Benchmark]
    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(_claim, _json);

    [Benchmark(Baseline = true)]
    public byte[] WholePath()
    {
        var request = JsonSerializer.Deserialize<ScrubRequest>(_body, _json)!;
        var valid = _validator.Validate(request).IsValid ? request : throw new InvalidOperationException("invalid");
        return JsonSerializer.SerializeToUtf8Bytes(_scrubber.Scrub(valid.ToEncounter()).ToContract(), _json);
    }

    // Added with the request-path work (docs/performance.md, "Request path work"): the map back alone, and the whole
    // path writing into a reused buffer as the endpoint writes into the response pipe (no byte[] per response), in
    // full and in the compact form (?detail=compact).

    [Benchmark]
    public ScrubbedClaim MapBack() => _result.ToContract();

    [Benchmark]
    public long WholePathToWriter() => WholePathInto(ClaimDetail.Full);

    [Benchmark]
    public long WholePathCompact() => WholePathInto(ClaimDetail.Compact);

    private long WholePathInto(ClaimDetail detail)
    {
        var request = JsonSerializer.Deserialize<ScrubRequest>(_body, _json)!;
        var valid = _validator.Validate(request).IsValid ? request : throw new InvalidOperationException("invalid");
        var claim = _scrubber.Scrub(valid.ToEncounter()).ToContract(detail);
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, _writerOptions);
        JsonSerializer.Serialize(writer, claim, detail == ClaimDetail.Compact ? _compactClaim : _fullClaim);
        writer.Flush();
        return _buffer.WrittenCount;
    }
}
