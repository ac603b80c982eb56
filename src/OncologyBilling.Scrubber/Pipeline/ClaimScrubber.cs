using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OncologyBilling.Scrubber.Logging;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>Runs the ordered stages over one encounter and freezes the result in contract order.</summary>
public sealed class ClaimScrubber(
    IEnumerable<IScrubStage> stages,
    IReferenceDataProvider referenceData,
    ScrubberOptions options,
    ILogger<ClaimScrubber> logger)
{
    private readonly IScrubStage[] _stages = [.. stages];

    public IReadOnlyList<IScrubStage> Stages => _stages;

    public ScrubResult Scrub(Encounter encounter)
    {
        var started = Stopwatch.GetTimestamp();
        var data = referenceData.Current;
        var context = new ScrubContext(encounter, data, options);
        foreach (var stage in _stages)
        {
            stage.Apply(context);
        }

        var result = ClaimAssembler.Assemble(context, Guid.CreateVersion7());
        ScrubberLog.ScrubCompleted(
            logger, result.RunId, result.Lines.Count, result.Findings.Count, result.Status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }
}
