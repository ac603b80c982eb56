using System.Buffers;

namespace OncologyBilling.Api.Batch;

/// <summary>Cuts complete encounters out of the bytes received so far; called again with more bytes until done.</summary>
internal interface IBatchScanner
{
    bool Done { get; }

    /// <summary>Adds every complete encounter in <paramref name="buffer"/> to <paramref name="items"/>; returns how far it consumed.</summary>
    SequencePosition Scan(ReadOnlySequence<byte> buffer, bool isCompleted, List<BatchItem> items);
}
