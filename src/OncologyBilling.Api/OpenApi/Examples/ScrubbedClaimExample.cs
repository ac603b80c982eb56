namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>
/// A 200 response for coding-rules.md §9.1: paclitaxel 333 mg infused 10:00–12:45 (165 min) in the office.
/// 96413 covers the first hour; ADM-TIME-02 gives floor((165 − 31) / 60) = floor(134 / 60) = 2 units of 96415;
/// J9267 is 1 mg per unit (DRG-UNIT-01: ceil(333 / 1) = 333 units). Z51.11 goes first for a chemotherapy encounter.
/// </summary>
internal static class ScrubbedClaimExample
{
    public static OpenApiExampleText Value { get; } = new(
        "chemotherapyInfusion165Minutes",
        "Chemotherapy infusion 10:00–12:45 (coding-rules.md §9.1)",
        "96413 × 1 + 96415 × 2 by the midpoint rule, the paclitaxel drug line, and Z51.11 sequenced before the neoplasm.",
        """
        {
          "encounterId": "ENC-T01",
          "runId": "0195a3c2-7d10-7a5e-9c41-3f0e8b2d6a11",
          "status": "clean",
          "claimType": "professional",
          "dateOfService": "2026-03-02",
          "diagnoses": [ { "pointer": 1, "code": "Z51.11" }, { "pointer": 2, "code": "C56.1" } ],
          "lines": [
            { "line": 1, "kind": "administration", "code": "96413", "units": 1, "modifiers": [], "category": "chemotherapy",
              "minutes": 165, "administrationIds": ["a1"], "diagnosisPointers": [1, 2], "ruleIds": ["ADM-INIT-02", "ADM-TIME-02"],
              "explanation": "Initial chemotherapy infusion: paclitaxel 10:00–12:45 (165 min), first hour.", "ndc": null, "serviceDate": null },
            { "line": 2, "kind": "administration", "code": "96415", "units": 2, "modifiers": [], "category": "chemotherapy",
              "minutes": 105, "administrationIds": ["a1"], "diagnosisPointers": [1, 2], "ruleIds": ["ADM-TIME-02"],
              "explanation": "Each additional hour of the paclitaxel infusion: 105 min after the first hour is 2 units by the midpoint rule.", "ndc": null, "serviceDate": null },
            { "line": 3, "kind": "drug", "code": "J9267", "units": 333, "modifiers": [], "category": "chemotherapy",
              "minutes": null, "administrationIds": ["a1"], "diagnosisPointers": [1, 2], "ruleIds": ["DRG-UNIT-01"],
              "explanation": "Paclitaxel 333 mg at 1 mg per unit: 333 units.", "ndc": null, "serviceDate": null }
          ],
          "findings": [],
          "checks": [ { "family": "administration", "status": "checked", "dataVersion": "embedded-2026.1", "note": null } ],
          "referenceData": { "version": "embedded-2026.1", "tables": [
            { "table": "drugs", "version": "2026-Q1", "source": "docs/coding-rules.md §10", "effectiveFrom": "2026-01-01", "effectiveTo": null } ] }
        }
        """);
}
