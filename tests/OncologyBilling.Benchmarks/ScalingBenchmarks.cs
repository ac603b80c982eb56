using BenchmarkDotNet.Attributes;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Benchmarks;

/// <summary>Cost per scrub against the number of administrations (the contract allows 0–50): it should grow linearly.</summary>
public class ScalingBenchmarks
{
    private ClaimScrubber _scrubber = null!;
    private Encounter _encounter = null!;

    [Params(1, 5, 12, 50)]
    public int Administrations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var host = BenchmarkHost.Instance;
        _scrubber = host.Scrubber;
        _encounter = host.Encounter(Encounters.Day(Administrations));
    }

    [Benchmark]
    public ScrubResult Scrub() => _scrubber.Scrub(_encounter);
}
