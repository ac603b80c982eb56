namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>
/// Hospital outpatient visit for dehydration and nausea after chemotherapy: a 90-minute normal saline hydration with
/// two antiemetic pushes. Times and doses are illustrative.
/// </summary>
internal static class HospitalHydrationAndPushesExample
{
    public static OpenApiExampleText Value { get; } = new(
        "hospitalHydrationAndPushes",
        "Hospital outpatient visit with hydration and pushes",
        "Institutional claim (TOB 13x). One litre of normal saline over 90 minutes, with ondansetron and famotidine pushed through the same line; no dose is needed for the hydration fluid.",
        """
        {
          "encounterId": "ENC-HOPD-0002",
          "setting": "hospitalOutpatient",
          "payer": { "type": "medicareAdvantage", "id": "MA-PLAN-01" },
          "diagnoses": ["E86.0", "R11.2", "T45.1X5A", "C18.7"],
          "administrations": [
            { "id": "h1", "drug": { "name": "normal saline" }, "route": "ivInfusion", "category": "hydration",
              "start": "2026-03-05T10:00:00-05:00", "end": "2026-03-05T11:30:00-05:00",
              "dose": { "amount": 1000, "unit": "mL" }, "accessSite": "left forearm" },
            { "id": "p1", "drug": { "name": "ondansetron" }, "route": "ivPush",
              "start": "2026-03-05T10:10:00-05:00", "dose": { "amount": 8, "unit": "mg" }, "accessSite": "left forearm" },
            { "id": "p2", "drug": { "name": "famotidine" }, "route": "ivPush",
              "start": "2026-03-05T10:20:00-05:00", "dose": { "amount": 20, "unit": "mg" }, "accessSite": "left forearm" }
          ]
        }
        """);
}
