using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace OncologyBilling.Api.Batch;

/// <summary>Pumps the request body through a scanner as it arrives; memory holds one read's worth of encounters.</summary>
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

    public static async IAsyncEnumerable<BatchItem> ReadAsync(
        PipeReader pipe, IBatchScanner scanner, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var items = new List<BatchItem>();
        while (!scanner.Done)
        {
            var result = await pipe.ReadAsync(cancellationToken);
            var consumed = scanner.Scan(result.Buffer, result.IsCompleted, items);
            pipe.AdvanceTo(consumed, result.Buffer.End);
            foreach (var item in items)
            {
                yield return item;
            }

            items.Clear();
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
