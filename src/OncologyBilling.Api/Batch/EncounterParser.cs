using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Batch;

/// <summary>Reads one encounter (an array element or an NDJSON line) with the API's JSON options.</summary>
internal sealed class EncounterParser(JsonSerializerOptions options)
{
    private readonly JsonTypeInfo<ScrubRequest> _type = (JsonTypeInfo<ScrubRequest>)options.GetTypeInfo(typeof(ScrubRequest));

    public BatchItem Parse(ReadOnlySequence<byte> json, int index)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            var request = JsonSerializer.Deserialize(ref reader, _type);
            if (reader.Read())
            {
                // Two values on one NDJSON line: refuse rather than silently drop the second.
                throw new JsonException("Unexpected content after the encounter.");
            }

            return request is null ? new(index, null, BatchProblems.NotAnObject()) : new(index, request, null);
        }
        catch (JsonException exception)
        {
            return new(index, null, BatchProblems.Unreadable(exception));
        }
    }
}
