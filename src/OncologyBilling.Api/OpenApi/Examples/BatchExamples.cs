namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>
/// A three-encounter batch for Swagger UI, as a JSON array and as NDJSON: an office paclitaxel infusion, an encounter
/// with three mistakes (a misspelt "pupm", a time without an offset, an unknown route), and a hospital hydration.
/// </summary>
internal static class BatchExamples
{
    public static IReadOnlyList<string> Encounters { get; } =
    [
        """{"encounterId":"ENC-BATCH-1","setting":"office","diagnoses":["C56.1"],"administrations":[{"id":"a1","drug":{"name":"paclitaxel"},"route":"ivInfusion","start":"2026-03-02T10:00:00-05:00","end":"2026-03-02T12:45:00-05:00","dose":{"amount":333,"unit":"mg"}}]}""",
        """{"encounterId":"ENC-BATCH-2","setting":"office","diagnoses":["C56.1"],"administrations":[{"id":"a1","drug":{"name":"fluorouracil"},"route":"ivDrip","start":"2026-03-02T10:00:00","end":"2026-03-04T10:00:00-05:00","dose":{"amount":2400,"unit":"mg"},"pupm":true}]}""",
        """{"encounterId":"ENC-BATCH-3","setting":"hospitalOutpatient","diagnoses":["E86.0","C18.7"],"administrations":[{"id":"h1","drug":{"name":"normal saline"},"route":"ivInfusion","category":"hydration","start":"2026-03-05T10:00:00-05:00","end":"2026-03-05T11:30:00-05:00","dose":{"amount":1000,"unit":"mL"}}]}""",
    ];

    public static OpenApiExampleText JsonArray { get; } = new(
        "threeEncountersJsonArray",
        "Three encounters as a JSON array (one invalid)",
        "Send with Content-Type: application/json. The second encounter gets a 400 entry listing its three errors; the others are scrubbed.",
        "[\n" + string.Join(",\n", Encounters) + "\n]");

    public static OpenApiExampleText Ndjson { get; } = new(
        "threeEncountersNdjson",
        "Three encounters as NDJSON lines (one invalid)",
        "Send with Content-Type: application/x-ndjson, one encounter per line (curl: --data-binary, which keeps the newlines).",
        string.Join('\n', Encounters) + "\n");
}
