namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>
/// Immunotherapy with documented waste, coding-rules.md §9.2 U2: pembrolizumab 2 mg/kg × 78 kg = 156 mg from two
/// 100 mg single-dose vials, so 200 − 156 = 44 mg is discarded and documented.
/// </summary>
internal static class PembrolizumabWasteExample
{
    public static OpenApiExampleText Value { get; } = new(
        "pembrolizumabWithWaste",
        "Immunotherapy infusion (pembrolizumab) with a single-dose vial and documented waste",
        "Pembrolizumab 156 mg over 30 minutes from two 100 mg single-dose vials (Keytruda NDC 0006-3026-02), 44 mg discarded: expect J9271 × 156 and J9271-JW × 44.",
        """
        {
          "encounterId": "ENC-IO-0003",
          "setting": "office",
          "payer": { "type": "medicare" },
          "billingProvider": { "npi": "1234567893" },
          "diagnoses": ["C34.90"],
          "administrations": [
            { "id": "io1", "drug": { "name": "pembrolizumab", "ndc": "0006-3026-02" }, "route": "ivInfusion",
              "start": "2026-03-09T14:00:00-05:00", "end": "2026-03-09T14:30:00-05:00",
              "dose": { "amount": 156, "unit": "mg" },
              "vials": [ { "size": { "amount": 100, "unit": "mg" }, "count": 2, "singleDose": true } ],
              "wasted": { "amount": 44, "unit": "mg" } }
          ]
        }
        """);
}
