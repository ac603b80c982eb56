using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;
using OncologyBilling.Api.OpenApi.Examples;
using OncologyBilling.Tests;
using OncologyBilling.X12.Checking;

namespace OncologyBilling.Api.IntegrationTests.X12;

/// <summary>
/// Accept: application/edi-x12 on the scrub endpoint, through the real pipeline. The request is the README's office day
/// (paclitaxel 10:00–12:45 = 165 min): 96413 × 1 and 96415 × 2 (ADM-TIME-02: floor((165 − 31) / 60) = 2), J9267
/// paclitaxel 1 mg × 333 (DRG-UNIT-01), multiple-dose vials so neither JW nor JZ; Z51.11 sequenced before C56.1
/// (DX-SEQ). Charges from X12Settings: 350 + 2 × 75 + 333 × 0.50 = 666.5.
/// </summary>
public sealed class X12EndpointTests
{
    private static async Task<HttpResponseMessage> PostAsync(ScrubberApiFactory factory, JsonObject body, string accept, bool configured = true)
    {
        var client = configured ? factory.WithWebHostBuilder(b => X12Settings.Apply(b)).CreateClient() : factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Requests.ScrubPath) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static JsonObject Office() => JsonNode.Parse(X12RequestExample.Value.Json)!.AsObject();

    [Fact]
    public async Task PostScrub_AcceptX12Office_Returns837PWithTheClaimsLines()
    {
        using var factory = new ScrubberApiFactory();

        var response = await PostAsync(factory, Office(), "application/edi-x12");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/edi-x12");
        response.Headers.GetValues("X-Claim-Status").Should().ContainSingle();
        X12StructureChecker.Check(text).Should().BeEmpty();
        text.Should().Contain("ST*837*0001*005010X222A1~").And.Contain("CLM*ENC-0001*666.5***11:B:1*Y*A*Y*Y~")
            .And.Contain("HI*ABK:Z5111*ABF:C561~").And.Contain("SV1*HC:96413*350*UN*1***").And.Contain("SV1*HC:96415*150*UN*2***")
            .And.Contain("SV1*HC:J9267*166.5*UN*333***").And.Contain("LIN**N4*00703321601~CTP****333*ME~")
            .And.Contain("NM1*IL*1*DOE*JANE****MI*1EG4TE5MK73~").And.Contain("NM1*82*1*SMITH*ALEX****XX*1245319599~");
    }

    [Fact]
    public async Task PostScrub_AcceptX12Hospital_Returns837IWithRevenueCodes()
    {
        using var factory = new ScrubberApiFactory();
        var body = Office().With("""{"setting":"hospitalOutpatient"}""");

        var response = await PostAsync(factory, body, "application/edi-x12");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        X12StructureChecker.Check(text).Should().BeEmpty();
        text.Should().Contain("ST*837*0001*005010X223A2~").And.Contain("CLM*ENC-0001*666.5***13:A:1**A*Y*Y~")
            .And.Contain("DTP*434*RD8*20260302-20260302~CL1*3**01~HI*ABK:Z5111~HI*ABF:C561~NM1*71*1*SMITH*ALEX****XX*1245319599~")
            .And.Contain("SV2*0335*HC:96413*350*UN*1~").And.Contain("SV2*0335*HC:96415*150*UN*2~").And.Contain("SV2*0636*HC:J9267*166.5*UN*333~");
    }

    [Fact]
    public async Task PostScrub_HospitalJson_LinesCarryRevenueCodes_OfficeLinesDoNot()
    {
        using var factory = new ScrubberApiFactory();

        var hospital = JsonNode.Parse(await (await PostAsync(factory, Office().With("""{"setting":"hospitalOutpatient"}"""), "application/json"))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var office = JsonNode.Parse(await (await PostAsync(factory, Office(), "application/json")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        hospital["lines"]!.AsArray().Select(l => $"{l!["code"]} {l["revenueCode"]}").Should().Equal("96413 0335", "96415 0335", "J9267 0636");
        office["lines"]!.AsArray().Should().OnlyContain(l => l!["revenueCode"] == null);
    }

    [Fact]
    public async Task PostScrub_AcceptX12WithoutConfiguration_Is422NamingEveryKey()
    {
        using var factory = new ScrubberApiFactory();

        var response = await PostAsync(factory, Office(), "application/edi-x12", configured: false);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Contain(["X12:SenderId", "X12:Submitter:Name", "X12:BillingProviders:1234567893"]);
    }

    [Fact]
    public async Task PostScrub_AcceptX12WithoutSubscriber_Is422NamingTheRequestPaths()
    {
        using var factory = new ScrubberApiFactory();
        var body = Office().With("""{"patient":{"id":"P1"},"payer.name":"<remove>","renderingProvider":"<remove>"}""");

        var response = await PostAsync(factory, body, "application/edi-x12");
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["errors"]!.AsObject();

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        errors.Select(e => e.Key).Should().BeEquivalentTo(["patient.lastName", "patient.memberId", "patient.address.line1", "patient.address.city",
            "patient.address.state", "patient.address.postalCode", "patient.dateOfBirth", "patient.sex", "payer.name"]);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json, application/edi-x12;q=0.5")]
    [InlineData("text/html")]
    public async Task PostScrub_AcceptPrefersJsonOrNamesNeither_ReturnsJson(string accept)
    {
        using var factory = new ScrubberApiFactory();

        var response = await PostAsync(factory, Office(), accept);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
    }

    // The whole interchange equals the hand-written golden file except what the run id and the clock decide.
    [Fact]
    public async Task PostScrub_AcceptX12Office_EqualsTheGoldenFileOutsideRunIdAndClock()
    {
        using var factory = new ScrubberApiFactory();
        var golden = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "tests", "OncologyBilling.X12.Tests", "Golden", "837p-office-chemotherapy.x12"));

        var response = await PostAsync(factory, Office(), "application/edi-x12");
        var segments = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split('~', StringSplitOptions.RemoveEmptyEntries);

        segments.Select(Mask).Should().Equal(golden.Select(l => Mask(l.TrimEnd('~'))));
    }

    private static string Mask(string segment)
    {
        var e = segment.Split('*');
        int[] variable = e[0] switch { "ISA" => [9, 10, 13], "GS" => [4, 5, 6], "BHT" => [3, 4, 5], "GE" => [2], "IEA" => [2], _ => [] };
        foreach (var i in variable)
        {
            e[i] = "#";
        }

        return string.Join('*', e);
    }

    [Fact]
    public void SwaggerX12Example_IsThe837PGoldenFile()
    {
        var golden = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "tests", "OncologyBilling.X12.Tests", "Golden", "837p-office-chemotherapy.x12"));

        X12ClaimExample.Text.Should().Be(string.Concat(golden.Select(l => l.Trim())));
    }
}
