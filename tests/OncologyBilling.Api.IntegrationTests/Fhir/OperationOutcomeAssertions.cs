using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;

namespace OncologyBilling.Api.IntegrationTests.Fhir;

/// <summary>Assertions on refused Bundles: an OperationOutcome (application/fhir+json) whose issues name FHIRPaths.</summary>
public static class OperationOutcomeAssertions
{
    public static async Task<JsonArray> ShouldBeOperationOutcomeAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(status, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be(FhirBundles.FhirJson, text);
        var outcome = JsonNode.Parse(text)!.AsObject();
        ((string?)outcome["resourceType"]).Should().Be("OperationOutcome");
        var issues = outcome["issue"]!.AsArray();
        issues.Should().NotBeEmpty().And.AllSatisfy(i =>
        {
            ((string?)i!["severity"]).Should().Be("error");
            ((string?)i["diagnostics"]).Should().NotBeNullOrWhiteSpace();
        });
        return issues;
    }

    /// <summary>A 400 whose issues name exactly these FHIRPath expressions.</summary>
    public static async Task<JsonArray> ShouldNameAsync(this HttpResponseMessage response, params string[] expressions)
    {
        var issues = await response.ShouldBeOperationOutcomeAsync(HttpStatusCode.BadRequest);
        issues.SelectMany(i => i!["expression"]!.AsArray().Select(e => (string?)e)).Should().BeEquivalentTo(expressions, issues.ToJsonString());
        return issues;
    }
}
