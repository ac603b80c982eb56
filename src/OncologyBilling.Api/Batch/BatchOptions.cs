namespace OncologyBilling.Api.Batch;

/// <summary>
/// Limits of POST /api/v1/claims/scrub/batch, bound from the <c>Batch</c> configuration section. The body size limit
/// is RequestLimits:MaxBatchBodyBytes (security), one owner for every endpoint's body limit.
/// </summary>
public sealed class BatchOptions
{
    public const string SectionName = "Batch";

    /// <summary>Encounters one request may carry; the one after the last allowed gets a 413 entry and ends the batch.</summary>
    public int MaxEncounters { get; set; } = 100_000;

    /// <summary>Largest single encounter (one array element or one NDJSON line); a larger one ends the batch with a 413 entry.</summary>
    public int MaxEncounterBytes { get; set; } = 1024 * 1024;

    /// <summary>Encounters of one chunk scrubbed at the same time; results are still written in request order.</summary>
    public int MaxParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Scrubs of a built-in example run in the background after start-up (<see cref="ScrubWarmUp"/>), so the first batch
    /// does not pay for JIT compilation. 0 (the default) turns it off; appsettings.Production.json sets 120. Off in tests
    /// and Development: a warm-up would run through whatever stages a test host puts in the pipeline.
    /// </summary>
    public int WarmUpScrubs { get; set; }
}
