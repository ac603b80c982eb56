using System.Text.Json.Nodes;

namespace OncologyBilling.Api.IntegrationTests.Fhir;

/// <summary>
/// The office and hospital test Bundles with what an 837 needs, shaped by the FHIR R4 resource definitions: the
/// Patient gets an official name beside a nickname and a home address; a Coverage (status, type, subscriberId,
/// beneficiary and payor are its R4 required elements or what we read) pays through an Organization with a NIIP
/// payer identifier; a Practitioner with an NPI takes part in the Encounter (PPRF in the office, ATND in the hospital).
/// Fake people and identifiers.
/// </summary>
public static class X12Bundles
{
    /// <summary>Where the Coverage lands in the office Bundle (its eight entries come first).</summary>
    public const int CoverageEntry = 8;

    /// <summary>Charges per unit beyond X12Settings' for the codes these Bundles bill.</summary>
    public static readonly IReadOnlyDictionary<string, string> Charges = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["96375"] = "100", ["J2405"] = "0.25", ["96374"] = "150", ["96361"] = "60", ["J1100"] = "0.10", ["J7030"] = "20",
    };

    public static JsonObject Office() => With(FhirBundles.Bundle("office-chemotherapy-day"), "121", "PPRF");

    public static JsonObject Hospital() => With(FhirBundles.Bundle("hospital-hydration-and-pushes"), "12", "ATND");

    private static JsonObject With(JsonObject bundle, string payerType, string participation)
    {
        var entries = bundle["entry"]!.AsArray();
        var patient = entries[0]!["resource"]!.AsObject();
        var patientUrl = (string)entries[0]!["fullUrl"]!;
        patient["name"] = JsonNode.Parse("""
            [{"use":"nickname","family":"DUCK","given":["DON"]},{"use":"official","family":"DUCK","given":["DONALD","D"]}]
            """);
        patient["address"] = JsonNode.Parse("""
            [{"use":"work","line":["9 WORK PL"],"city":"ELSEWHERE","state":"NY","postalCode":"10001"},
             {"use":"home","line":["1 OAK ST"],"city":"ANYTOWN","state":"PA","postalCode":"17111"}]
            """);
        entries.Add(JsonNode.Parse($$$"""
            {"fullUrl":"urn:uuid:6f1c2d3e-0000-4000-8000-0000000000c1","resource":{"resourceType":"Coverage","id":"cov1","status":"active",
             "type":{"coding":[{"system":"https://nahdo.org/sopt","code":"{{{payerType}}}"}]},"subscriberId":"1EG4TE5MK73",
             "beneficiary":{"reference":"{{{patientUrl}}}"},
             "relationship":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/subscriber-relationship","code":"self"}]},
             "payor":[{"reference":"urn:uuid:6f1c2d3e-0000-4000-8000-0000000000c2"}]}}
            """));
        entries.Add(JsonNode.Parse("""
            {"fullUrl":"urn:uuid:6f1c2d3e-0000-4000-8000-0000000000c2","resource":{"resourceType":"Organization","id":"payer1","active":true,
             "identifier":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"NIIP"}]},"value":"12302"}],
             "name":"MEDICARE PART B"}}
            """));
        entries.Add(JsonNode.Parse("""
            {"fullUrl":"urn:uuid:6f1c2d3e-0000-4000-8000-0000000000c3","resource":{"resourceType":"Practitioner","id":"pr1",
             "identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"1245319599"}],"name":[{"family":"SMITH","given":["ALEX"]}]}}
            """));
        var encounter = entries.Select(e => e!["resource"]!).Single(r => (string?)r["resourceType"] == "Encounter").AsObject();
        encounter["participant"] = JsonNode.Parse($$$"""
            [{"type":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ParticipationType","code":"{{{participation}}}"}]}],
              "individual":{"reference":"urn:uuid:6f1c2d3e-0000-4000-8000-0000000000c3"}}]
            """);
        return bundle;
    }
}
