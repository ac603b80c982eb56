using System.Text.Json.Nodes;

namespace OncologyBilling.Api.IntegrationTests.Hostile;

/// <summary>
/// Every value position in a JSON document, and a way to put raw (possibly invalid) JSON text at one of them,
/// so a mutation can reach any field of the request, nested ones included.
/// </summary>
public static class JsonPositions
{
    private const string Placeholder = "@@HOSTILE-VALUE@@";

    /// <summary>Paths of every value, root excluded; a segment is a property name or an array index.</summary>
    public static IReadOnlyList<object[]> All(JsonNode root)
    {
        var paths = new List<object[]>();
        Walk(root, [], paths);
        return paths;
    }

    /// <summary>The document with the value at <paramref name="path"/> replaced by <paramref name="rawJson"/>.</summary>
    public static string Replace(string document, object[] path, string rawJson) =>
        Substitute(document, path, rawJson, (parent, last) => Set(parent, last, JsonValue.Create(Placeholder)));

    /// <summary>The document with <paramref name="name"/> added next to the value at <paramref name="path"/>'s parent.</summary>
    public static string AddSibling(string document, object[] path, string name, string rawJson) =>
        Substitute(document, path, rawJson, (parent, _) =>
        {
            if (parent is JsonObject obj)
            {
                obj[name] = JsonValue.Create(Placeholder);
            }
            else
            {
                parent.AsArray().Add(JsonValue.Create(Placeholder));
            }
        });

    /// <summary>The document without the value at <paramref name="path"/>.</summary>
    public static string Remove(string document, object[] path) =>
        Substitute(document, path, "", (parent, last) =>
        {
            if (parent is JsonObject obj)
            {
                obj.Remove((string)last);
            }
            else
            {
                parent.AsArray().RemoveAt((int)last);
            }
        });

    private static string Substitute(string document, object[] path, string rawJson, Action<JsonNode, object> edit)
    {
        var root = JsonNode.Parse(document)!;
        var parent = path[..^1].Aggregate(root, (node, segment) => segment is int i ? node[i]! : node[(string)segment]!);
        edit(parent, path[^1]);
        return root.ToJsonString().Replace($"\"{Placeholder}\"", rawJson, StringComparison.Ordinal);
    }

    private static void Set(JsonNode parent, object segment, JsonNode value)
    {
        if (segment is int index)
        {
            parent[index] = value;
        }
        else
        {
            parent[(string)segment] = value;
        }
    }

    private static void Walk(JsonNode? node, object[] path, List<object[]> paths)
    {
        if (path.Length > 0)
        {
            paths.Add(path);
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Walk(child, [.. path, name], paths);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], [.. path, i], paths);
                }

                break;
        }
    }
}
