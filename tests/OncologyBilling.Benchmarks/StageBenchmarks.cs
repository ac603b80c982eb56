using BenchmarkDotNet.Attributes;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Benchmarks;

/// <summary>
/// Where the time goes: the five- and twelve-administration encounters run through the pipeline up to and including
/// one stage. A stage's own cost is its row minus the row before it; "(context only)" is the ScrubContext alone;
/// compare the last stage's row with ScrubBenchmarks for the assembler and the summary log call.
/// </summary>
public class StageBenchmarks
{
    private const string ContextOnly = "(context only)";

    private IScrubStage[] _stages = [];
    private BenchmarkHost _host = null!;
    private Encounter _encounter = null!;

    [ParamsSource(nameof(StageNames))]
    public string Through { get; set; } = ContextOnly;

    [Params("five", "twelve")]
    public string Encounter { get; set; } = "five";

    public static IEnumerable<string> StageNames() =>
        [ContextOnly, .. BenchmarkHost.Instance.Scrubber.Stages.Select((s, i) => $"{i + 1:00} {s.Name}")];

    [GlobalSetup]
    public void Setup()
    {
        _host = BenchmarkHost.Instance;
        var all = _host.Scrubber.Stages;
        var count = Through == ContextOnly ? 0 : int.Parse(Through[..2], System.Globalization.CultureInfo.InvariantCulture);
        _stages = [.. all.Take(count)];
        _encounter = _host.Encounter(Encounter == "five" ? Encounters.FiveAdministrations : Encounters.TwelveAdministrations);
    }

    [Benchmark]
    public ScrubContext RunStages()
    {
        var context = new ScrubContext(_encounter, _host.References.Current, _host.Options);
        foreach (var stage in _stages)
        {
            stage.Apply(context);
        }

        return context;
    }
}
