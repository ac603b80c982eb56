using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OncologyBilling.Api.Batch;

/// <summary>
/// The serialized entries of one slice, one reusable buffer and JSON writer per slot. Each slot is written by one
/// thread at a time (Parallel.For gives each index to one worker) and read after the slice is done.
/// </summary>
internal sealed class EntryBuffers
{
    private readonly ArrayBufferWriter<byte>[] _buffers;
    private readonly Utf8JsonWriter[] _writers;
    private readonly bool[] _ok;
    private readonly JsonTypeInfo<BatchEntry> _type;

    public EntryBuffers(int slots, JsonTypeInfo<BatchEntry> type)
    {
        _type = type;
        _buffers = new ArrayBufferWriter<byte>[slots];
        _writers = new Utf8JsonWriter[slots];
        _ok = new bool[slots];
        var options = new JsonWriterOptions { Encoder = type.Options.Encoder, Indented = false, SkipValidation = true };
        for (var i = 0; i < slots; i++)
        {
            _buffers[i] = new ArrayBufferWriter<byte>(16 * 1024);
            _writers[i] = new Utf8JsonWriter(_buffers[i], options);
        }
    }

    public void Serialize(int slot, BatchEntry entry)
    {
        _buffers[slot].ResetWrittenCount();
        _writers[slot].Reset(_buffers[slot]);
        JsonSerializer.Serialize(_writers[slot], entry, _type);
        _writers[slot].Flush();
        _ok[slot] = entry.Status == StatusCodes.Status200OK;
    }

    public ReadOnlySpan<byte> Written(int slot) => _buffers[slot].WrittenSpan;

    public bool Ok(int slot) => _ok[slot];
}
