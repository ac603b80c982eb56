using System.Text.Json.Nodes;

namespace OncologyBilling.Api.IntegrationTests.Support;

/// <summary>The JSON paths at which two documents differ, for a failure message a reviewer can act on.</summary>
public static class JsonDiff
{
    public static IEnumerable<string> Paths(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    var child = $"{path}.{key}";
                    if (!e.ContainsKey(key) || !a.ContainsKey(key))
                    {
                        yield return child + (e.ContainsKey(key) ? " (removed)" : " (added)");
                        continue;
                    }

                    foreach (var diff in Paths(e[key], a[key], child))
                    {
                        yield return diff;
                    }
                }

                break;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    foreach (var diff in i < e.Count && i < a.Count ? Paths(e[i], a[i], $"{path}[{i}]") : [$"{path}[{i}] ({(i < e.Count ? "removed" : "added")})"])
                    {
                        yield return diff;
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    yield return path;
                }

                break;
        }
    }
}
