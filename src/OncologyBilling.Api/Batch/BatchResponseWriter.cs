using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OncologyBilling.Api.Batch;

/// <summary>
/// Writes one NDJSON line per entry straight into the response pipe and flushes every 32 KB or 100 ms, so the
/// client sees results as they are scrubbed and the server never buffers the whole response.
/// </summary>
internal sealed class BatchResponseWriter(PipeWriter pipe, JsonSerializerOptions options) : IDisposable
{
    private const int FlushBytes = 32 * 1024;
    private static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(100);

    private readonly Utf8JsonWriter _json = new(pipe, new JsonWriterOptions { Encoder = options.Encoder, Indented = false });
    private readonly JsonTypeInfo<BatchEntry> _type = (JsonTypeInfo<BatchEntry>)options.GetTypeInfo(typeof(BatchEntry));
    private long _pending;
    private long _lastFlush = Stopwatch.GetTimestamp();

    public void Write(BatchEntry entry)
    {
        JsonSerializer.Serialize(_json, entry, _type);
        _json.Flush();
        _pending += _json.BytesCommitted + 1;
        _json.Reset();
        pipe.Write("\n"u8);
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

    public void Dispose() => _json.Dispose();
}
