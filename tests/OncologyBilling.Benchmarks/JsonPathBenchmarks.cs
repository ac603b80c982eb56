using System.Text;
using System.Text.Json;
using FluentValidation;
using BenchmarkDotNet.Attributes;
using OncologyBilling.Api.Contracts;
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

    [GlobalSetup]
    public void Setup()
    {
        var host = BenchmarkHost.Instance;
        (_json, _validator, _scrubber) = (host.Json, host.Validator, host.Scrubber);
        _body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(JsonDocument.Parse(Encounters.FiveAdministrations)));
        _request = Encounters.Request(Encounters.FiveAdministrations, _json);
        _claim = _scrubber.Scrub(_request.ToEncounter()).ToContract();
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
}
