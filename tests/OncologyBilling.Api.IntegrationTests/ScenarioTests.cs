using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using FluentAssertions.Execution;
using OncologyBilling.Api.IntegrationTests.Support;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>Runs every Scenarios/**/*.json through the real HTTP pipeline (see Scenarios/README.md).</summary>
public sealed class ScenarioTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    public static TheoryData<string> Files() => [.. FileNames()];

    private static IEnumerable<string> FileNames() => ScenarioFiles.Names();

    [Fact]
    public void Scenarios_EachNamesItsRulesAndSource()
    {
        FileNames().Should().NotBeEmpty();
        foreach (var file in FileNames())
        {
            var scenario = Load(file);
            ((string?)scenario["source"]).Should().NotBeNullOrWhiteSpace(file + " needs a source");
            scenario["ruleIds"]!.AsArray().Should().NotBeEmpty(file + " needs ruleIds");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Scenario_ProducesExpectedClaim(string file)
    {
        var scenario = Load(file);

        using var response = await ScenarioFiles.PostAsync(factory, scenario);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        AssertClaim(JsonNode.Parse(text)!, scenario["expect"]!, text);
    }

    private static void AssertClaim(JsonNode claim, JsonNode expect, string responseText)
    {
        using var scope = new AssertionScope();
        scope.AddReportable("response", responseText);
        EnumLeaks.In(claim).Should().BeEmpty("messages print units and values as the contract spells them, not enum names");
        foreach (var kind in new[] { "administration", "drug", "service" })
        {
            if (expect[kind] is JsonArray expected)
            {
                Lines(claim, kind).Should().Equal(expected.Select(e => (string)e!), $"{kind} lines");
            }
        }

        var findings = claim["findings"]!.AsArray().Select(f => (string)f!["ruleId"]!).ToArray();
        if (expect["findings"] is JsonArray present)
        {
            findings.Should().Contain(present.Select(e => (string)e!), "these findings are expected");
        }

        if (expect["absentFindings"] is JsonArray absent)
        {
            findings.Should().NotContain(absent.Select(e => (string)e!), "these findings must not appear");
        }

        if (expect["diagnoses"] is JsonArray diagnoses)
        {
            claim["diagnoses"]!.AsArray().Select(d => (string)d!["code"]!).Should().Equal(diagnoses.Select(e => (string)e!), "diagnosis order");
        }

        if (expect["ndc"] is JsonArray ndcs)
        {
            claim["lines"]!.AsArray().Where(l => (string?)l!["kind"] == "drug").Select(l => (string?)l!["ndc"])
                .Should().Equal(ndcs.Select(e => (string?)e), "ndc of the drug lines");
        }

        if (expect["checks"] is JsonObject checks)
        {
            var actual = claim["checks"]!.AsArray().ToDictionary(c => (string)c!["family"]!, c => (string?)c!["status"]);
            foreach (var (family, expected) in checks)
            {
                actual.Should().Contain(family, (string?)expected, $"checks.{family}");
            }
        }

        if (expect["status"] is JsonValue status)
        {
            ((string?)claim["status"]).Should().Be((string)status!, "claim status");
        }

        foreach (var kind in new[] { "administration", "drug" })
        {
            if (expect[kind + "Details"] is JsonArray details)
            {
                AssertDetails(claim["lines"]!.AsArray().Where(l => (string?)l!["kind"] == kind).ToArray(), details);
            }
        }

        if (expect["linesPointTo"] is JsonArray pointed)
        {
            AssertPointers(claim, pointed.Select(c => (string)c!));
        }

        if (expect["findingDetails"] is JsonArray findingDetails)
        {
            FindingExpectations.Assert(claim, findingDetails);
        }

        if (expect.AsObject().ContainsKey("estimate"))
        {
            EstimateExpectations.Assert(claim, expect["estimate"]);
        }
    }

    // "linesPointTo": every administration and drug line must point to each of these diagnoses (DX-12).
    private static void AssertPointers(JsonNode claim, IEnumerable<string> codes)
    {
        var pointers = claim["diagnoses"]!.AsArray().ToDictionary(d => (string)d!["code"]!, d => (int)d!["pointer"]!);
        foreach (var line in claim["lines"]!.AsArray().Where(l => (string?)l!["kind"] is "administration" or "drug"))
        {
            var lineCode = (string)line!["code"]!;
            line["diagnosisPointers"]!.AsArray().Select(p => (int)p!).Should()
                .Contain(codes.Select(c => pointers.GetValueOrDefault(c)), $"line {(int)line["line"]!} ({lineCode}) must point to {string.Join(", ", codes)}");
        }
    }

    // "administrationDetails" / "drugDetails": one object per line of that kind, in order; each key given is checked:
    // minutes, serviceDate, administrationIds (any order), ruleIds (must all be present).
    private static void AssertDetails(JsonNode?[] lines, JsonArray details)
    {
        lines.Should().HaveSameCount(details, "administrationDetails has one entry per administration line");
        foreach (var (line, detail) in lines.Zip(details))
        {
            var code = (string)line!["code"]!;
            if (detail!["minutes"] is JsonValue minutes)
            {
                ((int?)line["minutes"]).Should().Be((int)minutes, $"minutes of {code}");
            }

            if (detail["serviceDate"] is JsonValue date)
            {
                ((string?)line["serviceDate"]).Should().Be((string)date!, $"serviceDate of {code}");
            }

            if (detail["administrationIds"] is JsonArray ids)
            {
                line["administrationIds"]!.AsArray().Select(i => (string)i!).Should().BeEquivalentTo(ids.Select(i => (string)i!), $"administrationIds of {code}");
            }

            if (detail["ruleIds"] is JsonArray rules)
            {
                line["ruleIds"]!.AsArray().Select(i => (string)i!).Should().Contain(rules.Select(i => (string)i!), $"ruleIds of {code}");
            }
        }
    }

    private static IEnumerable<string> Lines(JsonNode claim, string kind) =>
        claim["lines"]!.AsArray()
            .Where(l => (string?)l!["kind"] == kind)
            .Select(l => string.Join('-', l!["modifiers"]!.AsArray().Select(m => (string)m!).Prepend((string)l["code"]!)) + $" x{(int)l["units"]!}");

    private static JsonNode Load(string file) => ScenarioFiles.Load(file);
}
