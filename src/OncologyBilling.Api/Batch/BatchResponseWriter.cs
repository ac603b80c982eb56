using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;

namespace OncologyBilling.Api.Batch;

/// <summary>
/// Writes serialized entries as NDJSON lines straight into the response pipe and flushes every 32 KB or 100 ms, so
/// the client sees results as they are scrubbed and the server never holds the whole response.
/// </summary>
internal sealed class BatchResponseWriter(PipeWriter pipe)
{
    private const int FlushBytes = 32 * 1024;
    private static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(100);

    private long _pending;
    private long _lastFlush = Stopwatch.GetTimestamp();

    public void WriteLine(ReadOnlySpan<byte> json)
    {
        pipe.Write(json);
        pipe.Write("\n"u8);
        _pending += json.Length + 1;
    }

    public ValueTask<FlushResult> FlushIfDueAsync(CancellationToken cancellationToken) =>
        _pending >= FlushBytes || Stopwatch.GetElapsedTime(_lastFlush) >= FlushInterval
            ? FlushAsync(cancellationToken)
            : ValueTask.FromResult(default(FlushResult));

    public ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken)
    {
        _pending = 0;
        _lastFlush = Stopwatch.GetTimestamp();
        return pipe.FlushAsync(cancellationToken);
    }
}
