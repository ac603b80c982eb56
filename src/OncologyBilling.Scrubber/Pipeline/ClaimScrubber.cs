using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OncologyBilling.Scrubber.Estimate;
using OncologyBilling.Scrubber.Logging;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>Runs the ordered stages over one encounter and freezes the result in contract order.</summary>
public sealed class ClaimScrubber(
    IEnumerable<IScrubStage> stages,
    IReferenceDataProvider referenceData,
    ScrubberOptions options,
    ILogger<ClaimScrubber> logger,
    SiteOfCareEstimator? estimator = null)
{
    private readonly IScrubStage[] _stages = [.. stages];
    private readonly SiteOfCareEstimator _estimator = estimator ?? new SiteOfCareEstimator();

    public IReadOnlyList<IScrubStage> Stages => _stages;

    public ScrubResult Scrub(Encounter encounter)
    {
        var started = Stopwatch.GetTimestamp();
        var data = referenceData.Current;
        var context = new ScrubContext(encounter, data, options);
        foreach (var stage in _stages)
        {
            context.Run(stage);
        }

        var result = ClaimAssembler.Assemble(context, Guid.CreateVersion7());
        foreach (var (stage, ruleId) in context.UndeclaredRules)
        {
            ScrubberLog.UndeclaredRule(logger, result.RunId, stage, ruleId);
        }

        if (encounter.IncludeEstimate)
        {
            // After assembly: the estimate prices the final, numbered lines.
            result = result with { Estimate = _estimator.Estimate(result.Lines, result.DateOfService, data.Rates, Unpriced(context)) };
        }

        ScrubberLog.ScrubCompleted(
            logger, result.RunId, result.Lines.Count, result.Findings.Count, result.Status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    // Administrations the claim could not code: their drug or their administration service has no line, so no amount.
    // Every unresolved drug first, then every missing category; usually none, and then no list at all.
    private static string[] Unpriced(ScrubContext context)
    {
        List<string>? unpriced = null;
        foreach (var a in context.Administrations)
        {
            if (a.Drug is null)
            {
                (unpriced ??= []).Add($"{a.Source.Path}: drug '{a.Source.Drug.Hcpcs ?? a.Source.Drug.Name}' not resolved");
            }
        }

        foreach (var a in context.Administrations)
        {
            if (a.Category is null)
            {
                (unpriced ??= []).Add($"{a.Source.Path}: administration service not coded (no category)");
            }
        }

        return unpriced is null ? [] : [.. unpriced];
    }
}
