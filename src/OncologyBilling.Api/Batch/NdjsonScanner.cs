using System.Buffers;

namespace OncologyBilling.Api.Batch;

/// <summary>One encounter per line; blank lines are skipped and do not take an index; the last line may lack a newline.</summary>
internal sealed class NdjsonScanner(EncounterParser parser, int maxEncounterBytes) : IBatchScanner
{
    private int _index;

    public bool Done { get; private set; }

    public SequencePosition Scan(ReadOnlySequence<byte> buffer, bool isCompleted, List<BatchItem> items)
    {
        while (NextLine(ref buffer, isCompleted, out var line))
        {
            if (line.Length > maxEncounterBytes)
            {
                return Stop(items, buffer);
            }

            if (!IsBlank(line))
            {
                items.Add(parser.Parse(line, _index++));
            }
        }

        Done = isCompleted;
        return buffer.Length > maxEncounterBytes ? Stop(items, buffer) : buffer.Start;
    }

    private SequencePosition Stop(List<BatchItem> items, ReadOnlySequence<byte> buffer)
    {
        items.Add(new(_index, null, BatchProblems.EncounterTooLarge(maxEncounterBytes), Final: true));
        Done = true;
        return buffer.End;
    }

    private static bool NextLine(ref ReadOnlySequence<byte> buffer, bool isCompleted, out ReadOnlySequence<byte> line)
    {
        if (buffer.PositionOf((byte)'\n') is { } newline)
        {
            line = buffer.Slice(0, newline);
            buffer = buffer.Slice(buffer.GetPosition(1, newline));
            return true;
        }

        line = buffer;
        if (isCompleted && !buffer.IsEmpty)
        {
            buffer = buffer.Slice(buffer.End);
            return true;
        }

        return false;
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            if (segment.Span.IndexOfAnyExcept(" \t\r"u8) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
