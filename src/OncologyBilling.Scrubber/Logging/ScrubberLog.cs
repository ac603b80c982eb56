using Microsoft.Extensions.Logging;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Logging;

/// <summary>The scrubber's only log events: identifiers we mint, counts and durations, never request data.</summary>
internal static partial class ScrubberLog
{
    [LoggerMessage(1001, LogLevel.Information, "Scrub {RunId} done: {LineCount} lines, {FindingCount} findings, {Status} in {ElapsedMs:0.000} ms")]
    public static partial void ScrubCompleted(ILogger logger, Guid runId, int lineCount, int findingCount, ClaimStatus status, double elapsedMs);

    /// <summary>A stage used a rule it does not declare (Production only; elsewhere the scrub throws).</summary>
    [LoggerMessage(1002, LogLevel.Error, "Scrub {RunId}: stage {Stage} used undeclared rule {RuleId}")]
    public static partial void UndeclaredRule(ILogger logger, Guid runId, string stage, string ruleId);
}
