using System.Text.Json.Nodes;
using FluentAssertions;

namespace OncologyBilling.Api.IntegrationTests.Fhir;

/// <summary>
/// The OpenAPI document describes FHIR bodies permissively (a real Bundle carries elements we do not read; the SDK
/// validates it), and both scrub endpoints offer the three representations the one responder writes.
/// </summary>
public sealed class FhirOpenApiTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    [Theory]
    [InlineData("FhirBundleBody")]
    [InlineData("FhirClaimBundleBody")]
    [InlineData("FhirOperationOutcomeBody")]
    public async Task FhirBodySchemas_AllowElementsTheyDoNotName(string schema)
    {
        var body = (await DocumentAsync())["components"]!["schemas"]![schema]!;

        // additionalProperties absent (or true) allows any other property; false would refuse meta, text, extensions.
        body["additionalProperties"]?.GetValue<bool>().Should().BeTrue();
        body["required"]!.AsArray().Select(r => (string?)r).Should().Equal("resourceType");
        var items = body["properties"]!["entry"]?["items"] ?? body["properties"]!["issue"]!["items"]!;
        items["additionalProperties"]?.GetValue<bool>().Should().BeTrue();
        items["properties"]?["resource"]?["additionalProperties"]?.GetValue<bool>().Should().BeTrue();
    }

    [Theory]
    [InlineData("/api/v1/claims/scrub")]
    [InlineData("/api/v1/fhir/claims/scrub")]
    public async Task BothScrubEndpoints_Offer_Json_FhirClaim_And_X12(string path)
    {
        var responses = (await DocumentAsync())["paths"]![path]!["post"]!["responses"]!;

        responses["200"]!["content"]!.AsObject().Select(c => c.Key).Should().BeEquivalentTo(["application/json", "application/fhir+json", "application/edi-x12"]);
        responses["422"]!["content"]!.AsObject().Select(c => c.Key).Should().Equal("application/problem+json");
        // Each endpoint shows what its FHIR Claim answer looks like in Swagger UI.
        responses["200"]!["content"]!["application/fhir+json"]!["examples"]!.AsObject().Should().ContainSingle()
            .Which.Value!["value"]!["resourceType"]!.GetValue<string>().Should().Be("Bundle");
    }

    private async Task<JsonNode> DocumentAsync() =>
        JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken))!;
}
