namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>
/// The README's office chemotherapy day (paclitaxel 165 min, 333 mg) with what an 837 needs beyond the JSON contract:
/// subscriber name, member id, address, birth date and sex, payer id and name, and a rendering provider. Fake people.
/// </summary>
internal static class X12RequestExample
{
    public static OpenApiExampleText Value { get; } = new(
        "officeChemotherapyDayFor837",
        "Office chemotherapy day with what an 837P needs (send with Accept: application/edi-x12)",
        "Paclitaxel 10:00–12:45 (96413 × 1, 96415 × 2, J9267 × 333; multiple-dose vials, so no JW/JZ). Patient, payer and rendering-provider fields are read only for X12 output; the X12:* configuration supplies submitter, receiver, billing-provider details and charges (docs/x12.md).",
        """
        {
          "encounterId": "ENC-0001",
          "setting": "office",
          "dateOfService": "2026-03-02",
          "payer": { "type": "medicare", "id": "12345", "name": "MEDICARE" },
          "billingProvider": { "npi": "1234567893", "is340BCoveredEntity": false },
          "renderingProvider": { "npi": "1245319599", "lastName": "SMITH", "firstName": "ALEX" },
          "patient": { "lastName": "DOE", "firstName": "JANE", "memberId": "1EG4TE5MK73", "dateOfBirth": "1951-07-04", "sex": "female",
            "address": { "line1": "123 MAIN ST", "city": "ANYTOWN", "state": "PA", "postalCode": "17111" } },
          "diagnoses": ["C56.1"],
          "administrations": [
            { "id": "a1", "drug": { "name": "paclitaxel", "ndc": "00703321601" }, "route": "ivInfusion",
              "start": "2026-03-02T10:00:00-05:00", "end": "2026-03-02T12:45:00-05:00", "dose": { "amount": 333, "unit": "mg" },
              "vials": [ { "size": { "amount": 300, "unit": "mg" }, "count": 1, "singleDose": false },
                         { "size": { "amount": 100, "unit": "mg" }, "count": 1, "singleDose": false } ] }
          ]
        }
        """);
}
