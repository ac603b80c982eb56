using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace OncologyBilling.Api.Batch;

/// <summary>
/// Pumps the request body through a scanner as it arrives. Memory holds one read's worth of encounters: Kestrel
/// buffers at most 1 MB of unread body per request (MaxRequestBufferSize), so a chunk stays under about 800 encounters.
/// </summary>
internal static class BatchBodyReader
{
    /// <summary>The first byte that is not JSON whitespace, without consuming it; null for an empty body.</summary>
    public static async Task<byte?> PeekAsync(PipeReader pipe, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await pipe.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            var first = FirstNonWhitespace(buffer);
            if (first is { } at)
            {
                pipe.AdvanceTo(at);
                return buffer.Slice(at).FirstSpan[0];
            }

            pipe.AdvanceTo(buffer.End);
            if (result.IsCompleted)
            {
                return null;
            }
        }
    }

    /// <summary>Yields the encounters of each read as one chunk, so they can be scrubbed side by side.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<BatchItem>> ReadAsync(
        PipeReader pipe, IBatchScanner scanner, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (!scanner.Done)
        {
            var result = await pipe.ReadAsync(cancellationToken);
            var items = new List<BatchItem>();
            var consumed = scanner.Scan(result.Buffer, result.IsCompleted, items);
            pipe.AdvanceTo(consumed, result.Buffer.End);
            if (items.Count > 0)
            {
                yield return items;
            }
        }
    }

    private static SequencePosition? FirstNonWhitespace(System.Buffers.ReadOnlySequence<byte> buffer)
    {
        long offset = 0;
        foreach (var segment in buffer)
        {
            var i = segment.Span.IndexOfAnyExcept(" \t\r\n"u8);
            if (i >= 0)
            {
                return buffer.GetPosition(offset + i);
            }

            offset += segment.Length;
        }

        return null;
    }
}
