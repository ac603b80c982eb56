namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>
/// Office chemotherapy day: three premedication pushes, then paclitaxel over three hours and carboplatin over 30
/// minutes (the carboplatin-paclitaxel regimen of ovarian cancer). Times and doses are illustrative.
/// </summary>
internal static class OfficeChemotherapyDayExample
{
    public static OpenApiExampleText Value { get; } = new(
        "officeChemotherapyDay",
        "Office chemotherapy day with premedication pushes",
        "Professional claim (POS 11). Ondansetron, dexamethasone and diphenhydramine pushed from single-dose vials before a 3-hour paclitaxel infusion and a 30-minute carboplatin infusion from multiple-dose vials.",
        """
        {
          "encounterId": "ENC-OFFICE-0001",
          "setting": "office",
          "dateOfService": "2026-03-02",
          "payer": { "type": "medicare" },
          "billingProvider": { "npi": "1234567893", "is340BCoveredEntity": false },
          "diagnoses": ["C56.1"],
          "administrations": [
            { "id": "a1", "drug": { "name": "ondansetron" }, "route": "ivPush",
              "start": "2026-03-02T09:00:00-05:00", "dose": { "amount": 8, "unit": "mg" }, "accessSite": "port",
              "vials": [ { "size": { "amount": 4, "unit": "mg" }, "count": 2, "singleDose": true } ] },
            { "id": "a2", "drug": { "hcpcs": "J1100" }, "route": "ivPush",
              "start": "2026-03-02T09:05:00-05:00", "dose": { "amount": 12, "unit": "mg" }, "accessSite": "port",
              "vials": [ { "size": { "amount": 4, "unit": "mg" }, "count": 3, "singleDose": true } ] },
            { "id": "a3", "drug": { "name": "diphenhydramine" }, "route": "ivPush",
              "start": "2026-03-02T09:10:00-05:00", "dose": { "amount": 25, "unit": "mg" }, "accessSite": "port",
              "vials": [ { "size": { "amount": 50, "unit": "mg" }, "count": 1, "singleDose": true } ], "wasted": { "amount": 25, "unit": "mg" } },
            { "id": "a4", "drug": { "name": "paclitaxel" }, "route": "ivInfusion",
              "start": "2026-03-02T09:30:00-05:00", "end": "2026-03-02T12:30:00-05:00",
              "dose": { "amount": 315, "unit": "mg" }, "accessSite": "port",
              "vials": [ { "size": { "amount": 300, "unit": "mg" }, "count": 1, "singleDose": false }, { "size": { "amount": 30, "unit": "mg" }, "count": 1, "singleDose": false } ] },
            { "id": "a5", "drug": { "name": "carboplatin" }, "route": "ivInfusion",
              "start": "2026-03-02T12:35:00-05:00", "end": "2026-03-02T13:05:00-05:00",
              "dose": { "amount": 600, "unit": "mg" }, "accessSite": "port",
              "vials": [ { "size": { "amount": 600, "unit": "mg" }, "count": 1, "singleDose": false } ] }
          ]
        }
        """);
}
