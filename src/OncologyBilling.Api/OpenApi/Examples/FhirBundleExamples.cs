namespace OncologyBilling.Api.OpenApi.Examples;

/// <summary>
/// Ready-to-try Bundles for the FHIR endpoint (OpenApi/Examples/Fhir/*.json, embedded). The integration tests scrub the
/// same files and compare them with the JSON endpoint, so an example that stops working fails the build.
/// </summary>
internal static class FhirBundleExamples
{
    public static IReadOnlyList<OpenApiExampleText> Requests { get; } =
    [
        Load("office-chemotherapy-day", "Office chemotherapy day (FHIR)",
            "Ondansetron push, then paclitaxel 333 mg over 165 minutes from a contained Medication with HCPCS, NDC and RxNorm codings; vials, waste and bag from our extensions; POS 11."),
        Load("hospital-hydration-and-pushes", "Hospital hydration and pushes (FHIR)",
            "Normal saline for 60 minutes, then ondansetron (SNOMED intravenous route with the push method) and dexamethasone (v3 IVPUSH); POS 22."),
        Load("pump-start", "FOLFOX day 1 with a pump start (FHIR)",
            "Oxaliplatin and leucovorin in separate bags, a fluorouracil push, and the 46-hour fluorouracil pump marked with the pump-started extension."),
    ];

    public static OpenApiExampleText OperationOutcome { get; } = new(
        "operationOutcome",
        "A Bundle the scrub cannot use",
        "One issue per element, named by its FHIRPath; the message never echoes the value sent.",
        """
        {
          "resourceType": "OperationOutcome",
          "issue": [
            { "severity": "error", "code": "code-invalid",
              "diagnostics": "A coding in a system this service does not read; send one in http://hl7.org/fhir/sid/icd-10-cm.",
              "expression": ["Bundle.entry[4].resource.code.coding[0].system"] },
            { "severity": "error", "code": "incomplete",
              "diagnostics": "An intravenous route with neither a method (push) nor a stop time: push or infusion cannot be decided; send dosage.method or effectivePeriod.end.",
              "expression": ["Bundle.entry[6].resource.dosage.method"] }
          ]
        }
        """);

    private static OpenApiExampleText Load(string name, string summary, string description)
    {
        using var stream = typeof(FhirBundleExamples).Assembly.GetManifestResourceStream($"OncologyBilling.Api.Fhir.Examples.{name}.bundle.json")
            ?? throw new InvalidOperationException($"FHIR example '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        return new OpenApiExampleText(name, summary, description, reader.ReadToEnd());
    }
}
