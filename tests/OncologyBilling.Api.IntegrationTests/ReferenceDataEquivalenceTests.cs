using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>
/// Every scenario request scrubbed with the embedded tables and with the full CMS/CDC files gives the same claim: lines,
/// NDCs, diagnoses and findings (rule id and severity). Only checks and referenceData may differ.
/// </summary>
public sealed class ReferenceDataEquivalenceTests(ScrubberApiFactory embedded, FullReferenceDataFactory full)
    : IClassFixture<ScrubberApiFactory>, IClassFixture<FullReferenceDataFactory>
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Scenarios");

    public static TheoryData<string> Files() =>
        [.. Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Scenario_EmbeddedAndFullFiles_GiveTheSameClaim(string file)
    {
        var request = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, file)))!["request"]!.ToJsonString();

        var fromEmbedded = await Scrub(embedded.CreateClient(), request);
        var fromFiles = await Scrub(full.CreateClient(), request);

        fromFiles.Should().Be(fromEmbedded);
    }

    [Fact]
    public async Task FullFiles_ReportTheirVersions()
    {
        var request = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "drugs", "U01-pembrolizumab-200mg-no-waste.json")))!["request"]!.ToJsonString();
        using var body = new StringContent(request, Encoding.UTF8, "application/json");

        var response = await full.CreateClient().PostAsync("/api/v1/claims/scrub", body, TestContext.Current.CancellationToken);

        var claim = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var tables = claim["referenceData"]!["tables"]!.AsArray().ToDictionary(t => (string)t!["table"]!, t => (string)t!["source"]!);
        tables["icd10cm"].Should().Be("icd10cm-codes-2026.txt.gz");
        tables["mue-practitioner"].Should().Be("MCR_MUE_PractitionerServices_Eff_04-01-2026.csv");
        claim["checks"]!.AsArray().Single(c => (string)c!["family"]! == "diagnoses")!["status"]!.GetValue<string>().Should().Be("checked");
    }

    private static async Task<string> Scrub(HttpClient client, string request)
    {
        using var body = new StringContent(request, Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/v1/claims/scrub", body, TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var claim = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var lines = claim["lines"]!.AsArray().Select(l => $"{l!["kind"]} {l["code"]} {l["units"]} {string.Join('-', l["modifiers"]!.AsArray().Select(m => (string)m!))} {l["ndc"]}");
        var findings = claim["findings"]!.AsArray().Select(f => $"{f!["ruleId"]}:{f["severity"]}").Order(StringComparer.Ordinal);
        var diagnoses = claim["diagnoses"]!.AsArray().Select(d => (string)d!["code"]!);
        return string.Join('\n', [.. lines, string.Join(',', diagnoses), .. findings, (string)claim["status"]!]);
    }
}
