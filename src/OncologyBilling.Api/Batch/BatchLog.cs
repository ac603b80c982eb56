namespace OncologyBilling.Api.Batch;

/// <summary>Batch log events: counts, durations and positions only, never encounter content.</summary>
internal static partial class BatchLog
{
    [LoggerMessage(5001, LogLevel.Information, "Batch done: {EncounterCount} encounters, {ErrorCount} error entries in {ElapsedMs:0.0} ms")]
    public static partial void BatchCompleted(ILogger logger, int encounterCount, int errorCount, double elapsedMs);

    [LoggerMessage(5002, LogLevel.Error, "Batch entry {Index} failed in the scrubber with {ExceptionType}")]
    public static partial void EncounterFailed(ILogger logger, int index, string exceptionType);

    [LoggerMessage(5003, LogLevel.Information, "Warm-up done: {ScrubCount} scrubs of the built-in example in {ElapsedMs:0.0} ms")]
    public static partial void WarmUpCompleted(ILogger logger, int scrubCount, double elapsedMs);

    [LoggerMessage(5004, LogLevel.Warning, "Warm-up stopped by {ExceptionType}; requests are served as usual")]
    public static partial void WarmUpFailed(ILogger logger, string exceptionType);
}
