using System.Buffers;
using System.Text.Json;

namespace OncologyBilling.Api.Batch;

/// <summary>
/// Walks a JSON array element by element with a resumable Utf8JsonReader, so only the element being read is held.
/// An element that is well-formed but not a valid encounter gets its own error; broken JSON syntax cannot be
/// resynchronised, so it ends the batch with a final error entry.
/// </summary>
internal sealed class JsonArrayScanner(EncounterParser parser, int maxEncounterBytes) : IBatchScanner
{
    private JsonReaderState _state;
    private bool _inArray;
    private int _index;

    public bool Done { get; private set; }

    public SequencePosition Scan(ReadOnlySequence<byte> buffer, bool isCompleted, List<BatchItem> items)
    {
        var consumed = buffer.Start;
        try
        {
            var reader = new Utf8JsonReader(buffer, isCompleted, _state);
            while (reader.Read())
            {
                if (!_inArray)
                {
                    _inArray = reader.TokenType == JsonTokenType.StartArray
                        ? true : throw new JsonException("The batch is not a JSON array.");
                }
                else if (reader.TokenType == JsonTokenType.EndArray)
                {
                    Done = true;
                    return reader.Position;
                }
                else
                {
                    var start = buffer.GetPosition(reader.TokenStartIndex);
                    if (!reader.TrySkip())
                    {
                        break;
                    }

                    var element = buffer.Slice(start, reader.Position);
                    if (element.Length > maxEncounterBytes)
                    {
                        return Stop(items, BatchProblems.EncounterTooLarge(maxEncounterBytes), buffer);
                    }

                    items.Add(parser.Parse(element, _index++));
                }

                consumed = reader.Position;
                _state = reader.CurrentState;
            }
        }
        catch (JsonException)
        {
            return Stop(items, BatchProblems.MalformedBody(), buffer);
        }

        return isCompleted ? Stop(items, BatchProblems.MalformedBody(), buffer)
            : buffer.Slice(consumed).Length > maxEncounterBytes ? Stop(items, BatchProblems.EncounterTooLarge(maxEncounterBytes), buffer)
            : consumed;
    }

    private SequencePosition Stop(List<BatchItem> items, HttpValidationProblemDetails problem, ReadOnlySequence<byte> buffer)
    {
        items.Add(new(_index, null, problem, Final: true));
        Done = true;
        return buffer.End;
    }
}
