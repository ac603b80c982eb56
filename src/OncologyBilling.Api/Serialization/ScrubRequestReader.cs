using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Serialization;

/// <summary>
/// Reads a ScrubRequest with the API's strict options (unknown properties refused by the serializer itself). The
/// serializer stops at the first value it cannot read; to report the others too, the body is read again with that
/// value set aside (an unknown property removed, a bad value nulled), up to <see cref="MaxReadErrors"/> times.
/// Broken JSON syntax cannot be read past, so it ends there.
/// </summary>
internal sealed class ScrubRequestReader(JsonSerializerOptions options)
{
    public const int MaxReadErrors = 20;

    private readonly JsonTypeInfo<ScrubRequest> _type = (JsonTypeInfo<ScrubRequest>)options.GetTypeInfo(typeof(ScrubRequest));

    public RequestRead Read(ReadOnlySequence<byte> json)
    {
        // The span overload tracks the path while it reads, so even a syntax error is keyed where it is.
        var utf8 = json.IsSingleSegment ? json.FirstSpan : json.ToArray();
        try
        {
            return JsonSerializer.Deserialize(utf8, _type) is { } request
                ? new(request, new Dictionary<string, string[]>())
                : RequestRead.Invalid("$", RequestRead.NotAnObject);
        }
        catch (JsonException exception)
        {
            return ReadPast(utf8, ReadError.From(exception, options, typeof(ScrubRequest)));
        }
    }

    private RequestRead ReadPast(ReadOnlySpan<byte> utf8, ReadError first)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal) { [first.Path] = [first.Message] };
        var error = first;
        try
        {
            var root = error.Kind == ReadErrorKind.Malformed ? null : JsonNode.Parse(utf8, documentOptions: new() { MaxDepth = options.MaxDepth });
            while (root is not null && errors.Count < MaxReadErrors && SetAside(root, error))
            {
                try
                {
                    return new(root.Deserialize(_type), errors);
                }
                catch (JsonException next)
                {
                    error = ReadError.From(next, options, typeof(ScrubRequest));
                    if (error.Kind == ReadErrorKind.Malformed || !errors.TryAdd(error.Path, [error.Message]))
                    {
                        break;
                    }
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
        {
            // Duplicate keys or a document the node model cannot hold: report what was found so far.
        }

        return new(null, errors);
    }

    /// <summary>Removes the unknown property or nulls the unreadable value at the error's path; false when it cannot be found.</summary>
    private static bool SetAside(JsonNode root, ReadError error)
    {
        if (error.Segments is not { Count: > 0 } segments)
        {
            return false;
        }

        JsonNode? parent = root;
        foreach (var segment in segments.Take(segments.Count - 1))
        {
            parent = Child(parent, segment);
        }

        switch (parent, segments[^1])
        {
            case (JsonArray array, int index) when index < array.Count:
                array[index] = null;
                return true;
            case (JsonObject obj, string name) when Key(obj, name) is { } key:
                return error.Kind == ReadErrorKind.UnknownProperty ? obj.Remove(key) : Null(obj, key);
            default:
                return false;
        }
    }

    private static bool Null(JsonObject obj, string key)
    {
        obj[key] = null;
        return true;
    }

    private static JsonNode? Child(JsonNode? node, object segment) => (node, segment) switch
    {
        (JsonArray array, int index) when index < array.Count => array[index],
        (JsonObject obj, string name) when Key(obj, name) is { } key => obj[key],
        _ => null,
    };

    private static string? Key(JsonObject obj, string name) =>
        obj.ContainsKey(name) ? name : obj.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
}
