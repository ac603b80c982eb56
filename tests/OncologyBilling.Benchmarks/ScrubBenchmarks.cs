using BenchmarkDotNet.Attributes;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Benchmarks;

/// <summary>ClaimScrubber.Scrub on the three reference encounters. Target: five administrations ≤ 5 µs and ≤ 8 KB.</summary>
public class ScrubBenchmarks
{
    private ClaimScrubber _scrubber = null!;
    private Encounter _oneDrug = null!;
    private Encounter _five = null!;
    private Encounter _twelve = null!;

    [GlobalSetup]
    public void Setup()
    {
        var host = BenchmarkHost.Instance;
        _scrubber = host.Scrubber;
        _oneDrug = host.Encounter(Encounters.OneDrug);
        _five = host.Encounter(Encounters.FiveAdministrations);
        _twelve = host.Encounter(Encounters.TwelveAdministrations);
    }

    [Benchmark]
    public ScrubResult OneDrug() => _scrubber.Scrub(_oneDrug);

    [Benchmark(Baseline = true)]
    public ScrubResult FiveAdministrations() => _scrubber.Scrub(_five);

    [Benchmark]
    public ScrubResult TwelveAdministrations() => _scrubber.Scrub(_twelve);
}
