using System.Text.Json.Nodes;
using CsCheck;
using OncologyBilling.Api.IntegrationTests.Hostile;
using OncologyBilling.Tests;

namespace OncologyBilling.Api.IntegrationTests.Validation;

/// <summary>
/// Requests near the edges of the validators' rules: valid bases (the hostile-input base, which uses every contract
/// field, and the load-test encounters) with one to three values replaced, nulled or removed. The replacements are
/// the limits of docs/requests.md and their neighbours (lengths, amounts, counts, dates, durations, code shapes).
/// </summary>
public static class ValidationVerdictGen
{
    private static readonly string[] Bases =
    [
        JsonNode.Parse(HostileGen.Base)!.ToJsonString(),
        .. new[] { "one-drug.json", "five-administrations.json", "twelve-administrations.json" }
            .Select(f => JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("tests", "load", "encounters", f)))!.ToJsonString()),
        // A hydration fluid without a dose and without a category: the catalog decides (HydrationCheck).
        """{"encounterId":"E-H","setting":"hospitalOutpatient","diagnoses":["E86.0"],"administrations":[{"drug":{"name":"normal saline"},"route":"ivInfusion","start":"2026-03-02T10:00:00-05:00","end":"2026-03-02T11:30:00-05:00"}]}""",
    ];

    private static readonly IReadOnlyList<object[]>[] Positions = [.. Bases.Select(b => JsonPositions.All(JsonNode.Parse(b)!))];

    private static string Text(int length, char c = 'A') => "\"" + new string(c, length) + "\"";

    private static readonly Gen<string> Strings = Gen.OneOf(
        "\"\"", "\" \"", "\"a\"", Text(31), Text(32), Text(33), Text(63), Text(64), Text(65), Text(127), Text(128), Text(129),
        "\"C561\"", "\"C56.1\"", "\"c56.1\"", "\"C56.1\\n\"", "\"C5\"", "\"C56.12345\"", "\"Z5111\"", "\"E86.0\"", "\"1C56\"",
        "\"J9267\"", "\"j9267\"", "\"W9267\"", "\"J926\"", "\"J9267\\n\"", "\"99214\"", "\"0001F\"", "\"0001X\"", "\"G2211\"",
        "\"25\"", "\"2\"", "\"XU\"", "\"59 \"", "\"00703321601\"", "\"0703321601\"", "\"0703-3216-01\"", "\"00703-321-60\"",
        "\"00703-3216-1\"", "\"00703-3216-01\"", "\"007033216011\"", "\"1234567893\"", "\"1234567890\"", "\"123456789\"",
        "\"ENC-1\"", "\"ENC 1\"", "\"ENC-1\\n\"", Text(65, 'E'), "\"paclitaxel\"", "\"normal saline\"", "\"ondansetron\"");

    private static readonly Gen<string> Numbers = Gen.OneOf(
        "0", "-0", "-1", "1", "2", "0.0001", "333", "600", "1000", "999999.99", "1000000", "1000000.01", "4", "5", "12", "13",
        "20", "21", "50", "51", "100", "101", "1440", "1441");

    private static readonly Gen<string> Times = Gen.OneOf(
        "\"2026-03-02\"", "\"2026-03-03\"", "\"2026-03-01\"", "\"1899-12-31\"", "\"1900-01-01\"", "\"1999-12-31\"", "\"2000-01-01\"",
        "\"2100-12-31\"", "\"2101-01-01\"", "\"2026-03-02T10:00:00-05:00\"", "\"2026-03-02T09:00:00-05:00\"",
        "\"2026-03-02T23:30:00-05:00\"", "\"2026-03-03T10:00:00-05:00\"", "\"2026-03-03T10:00:01-05:00\"", "\"2026-03-09T10:00:00-05:00\"",
        "\"2026-03-09T10:00:01-05:00\"", "\"2026-03-02T04:00:00+09:00\"", "\"1999-12-31T23:00:00-05:00\"", "\"2101-01-01T00:00:00Z\"");

    private static readonly Gen<string> Words = Gen.OneOf(
        "true", "false", "null", "\"office\"", "\"hospitalOutpatient\"", "\"ivInfusion\"", "\"ivPush\"", "\"subcutaneous\"",
        "\"hydration\"", "\"chemotherapy\"", "\"therapeutic\"", "\"mg\"", "\"mL\"", "\"units\"", "\"g\"", "{}", "[]", "[null]",
        "[\"C561\",null]", "[\"25\",\"59\",\"XU\",\"JW\",\"JZ\"]", "{\"amount\":1}", "{\"unit\":\"mg\"}", "{\"amount\":300,\"unit\":\"mg\"}",
        "{\"size\":{\"amount\":100,\"unit\":\"mg\"},\"count\":1}", "[{\"size\":{\"amount\":100,\"unit\":\"mg\"},\"count\":101}]",
        "{\"hcpcs\":\"J9267\"}", "{\"name\":\" \"}", "{}", "{\"number\":\"PA-1\",\"hcpcs\":[]}", "{\"code\":\"99214\"}",
        "[" + string.Join(',', Enumerable.Repeat("\"C561\"", 13)) + "]", "[" + string.Join(',', Enumerable.Repeat("\"25\"", 4)) + "]");

    private static readonly Gen<string> Value = Gen.Frequency((4, Strings), (3, Numbers), (3, Times), (3, Words));

    private static readonly Gen<Func<string, int, string>> Mutation = Gen.Frequency(
        (8, Gen.Select(Gen.Int[0, int.MaxValue], Value, (pick, value) => (Func<string, int, string>)((doc, b) => JsonPositions.Replace(doc, At(b, pick), value)))),
        (2, Gen.Int[0, int.MaxValue].Select(pick => (Func<string, int, string>)((doc, b) => JsonPositions.Replace(doc, At(b, pick), "null")))),
        (2, Gen.Int[0, int.MaxValue].Select(pick => (Func<string, int, string>)((doc, b) => JsonPositions.Remove(doc, At(b, pick))))));

    /// <summary>A request body: a base with zero to three mutations (a mutation whose path a previous one removed is skipped).</summary>
    public static readonly Gen<string> Request = Gen.Select(Gen.Int[0, Bases.Length - 1], Mutation.Array[0, 3], (b, mutations) =>
        mutations.Aggregate(Bases[b], (doc, mutate) => TryMutate(doc, b, mutate)));

    private static object[] At(int baseIndex, int pick) => Positions[baseIndex][pick % Positions[baseIndex].Count];

    private static string TryMutate(string document, int baseIndex, Func<string, int, string> mutate)
    {
        try
        {
            return mutate(document, baseIndex);
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or InvalidCastException or ArgumentException or KeyNotFoundException)
        {
            return document;
        }
    }
}
