using System.Buffers;
using OncologyBilling.Api.Serialization;

namespace OncologyBilling.Api.Batch;

/// <summary>Reads one encounter (an array element or an NDJSON line) as the single endpoint reads its body.</summary>
internal sealed class EncounterParser(ScrubRequestReader reader)
{
    public BatchItem Parse(ReadOnlySequence<byte> json, int index) => new(index, reader.Read(json), null);
}
