using System.Text.Json.Nodes;

namespace OncologyBilling.Api.IntegrationTests.Support;

/// <summary>
/// A valid request that exercises every field (so each 400 test changes exactly one thing), and a way to change it
/// by JSON path: "administrations[0].drug.ndc" set to a raw JSON value, or removed with <see cref="Remove"/>.
/// </summary>
public static class Requests
{
    public const string Remove = "<remove>";

    public const string ScrubPath = "/api/v1/claims/scrub";

    // Paclitaxel 333 mg from a 300 mg and a 100 mg vial (400 mg opened), 67 mg documented as discarded;
    // an ondansetron push first; an E/M visit and a prior authorization.
    public static JsonObject Valid() => JsonNode.Parse("""
        {
          "encounterId": "ENC-0001",
          "setting": "office",
          "dateOfService": "2026-03-02",
          "payer": { "type": "medicare", "id": "PAYER-01" },
          "billingProvider": { "npi": "1234567893", "is340BCoveredEntity": false },
          "patient": { "id": "PAT-01", "dateOfBirth": "1960-01-01", "sex": "F" },
          "diagnoses": ["C56.1", "Z51.11"],
          "administrations": [
            { "id": "a1", "drug": { "hcpcs": "J9267", "name": "paclitaxel", "ndc": "0703-3216-01" }, "route": "ivInfusion",
              "category": "chemotherapy", "start": "2026-03-02T10:00:00-05:00", "end": "2026-03-02T12:45:00-05:00",
              "dose": { "amount": 333, "unit": "mg" },
              "vials": [ { "size": { "amount": 300, "unit": "mg" }, "count": 1, "singleDose": false },
                         { "size": { "amount": 100, "unit": "mg" }, "count": 1, "singleDose": false } ],
              "wasted": { "amount": 67, "unit": "mg" }, "accessSite": "port", "pump": false, "bag": "bag-1" },
            { "id": "a2", "drug": { "name": "ondansetron" }, "route": "ivPush",
              "start": "2026-03-02T09:30:00-05:00", "dose": { "amount": 8, "unit": "mg" }, "accessSite": "port" }
          ],
          "services": [ { "code": "99214", "modifiers": ["25"], "minutes": 25 } ],
          "priorAuthorizations": [ { "number": "PA-0001", "hcpcs": ["J9267"] } ]
        }
        """)!.AsObject();

    /// <summary>Applies {"path": rawJson, ...}; a value of <see cref="Remove"/> deletes the property.</summary>
    public static JsonObject With(this JsonObject request, string changes)
    {
        foreach (var (path, value) in JsonNode.Parse(changes)!.AsObject())
        {
            var remove = value is JsonValue v && v.TryGetValue<string>(out var text) && text == Remove;
            Set(request, path, remove ? null : value?.DeepClone(), remove);
        }

        return request;
    }

    /// <summary>The node at a path such as "administrations[0].vials".</summary>
    public static JsonNode Get(this JsonObject root, string path) => Walk(root, Segments(path));

    private static string[] Segments(string path) =>
        path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);

    private static JsonNode Walk(JsonNode node, IEnumerable<string> segments) =>
        segments.Aggregate(node, (parent, segment) => segment.StartsWith('[') ? parent[int.Parse(segment[1..^1])]! : parent[segment]!);

    private static void Set(JsonObject root, string path, JsonNode? value, bool remove)
    {
        var segments = Segments(path);
        var parent = Walk(root, segments[..^1]);
        var last = segments[^1];
        if (last.StartsWith('['))
        {
            parent.AsArray()[int.Parse(last[1..^1])] = value;
        }
        else if (remove)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = value;
        }
    }
}
