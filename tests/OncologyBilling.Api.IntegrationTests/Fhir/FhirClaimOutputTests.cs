using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using OncologyBilling.Api.IntegrationTests.Support;
using Task = System.Threading.Tasks.Task;

namespace OncologyBilling.Api.IntegrationTests.Fhir;

/// <summary>
/// Accept: application/fhir+json returns a Bundle of a FHIR R4 Claim and an OperationOutcome of the findings, from the
/// FHIR endpoint and from the JSON endpoint; every response is read back with the Firely SDK's strict deserializer,
/// which checks R4 cardinality, primitive formats and required value sets, then with the SDK's POCO validation and the
/// R4 Claim's required elements one by one (<see cref="R4ClaimAssertions"/>).
/// </summary>
public sealed class FhirClaimOutputTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private const string Cpt = "http://www.ama-assn.org/go/cpt";
    private const string Hcpcs = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

    [Fact]
    public async Task PostBundle_AcceptFhir_ProfessionalClaimWithItemsDiagnosesAndNdcDetail()
    {
        var (claim, outcome) = await ReadAsync(await factory.CreateClient().PostBundleAsync(FhirBundles.Bundle("office-chemotherapy-day"), FhirBundles.FhirJson));

        claim.Use.Should().Be(ClaimUseCode.Claim);
        claim.Type.Coding.Single().Code.Should().Be("professional");
        // needsReview (INP-04 warning) is not a claim to send: draft, never active.
        claim.Status.Should().Be(FinancialResourceStatusCodes.Draft);
        claim.Patient.Reference.Should().Be("urn:uuid:6f1c2d3e-0000-4000-8000-000000000001");
        claim.Provider.Identifier!.Value.Should().Be("1234567893");
        claim.Diagnosis.Select(d => $"{d.Sequence}:{((CodeableConcept)d.Diagnosis).Coding.Single().Code}").Should().Equal("1:Z51.11", "2:C56.1");
        claim.Item.Select(i => $"{i.Sequence}:{i.ProductOrService.Coding.Single().System}|{i.ProductOrService.Coding.Single().Code}x{i.Quantity!.Value}")
            .Should().Equal($"1:{Cpt}|96413x1", $"2:{Cpt}|96415x2", $"3:{Cpt}|96375x1", $"4:{Hcpcs}|J9267x333", $"5:{Hcpcs}|J2405x8");
        claim.Item.Should().AllSatisfy(i =>
        {
            ((Date)i.Serviced!).Value.Should().Be("2026-03-02");
            i.DiagnosisSequence.Should().Equal(1, 2);
        });
        var paclitaxel = claim.Item.Single(i => i.ProductOrService.Coding[0].Code == "J9267");
        paclitaxel.Detail.Single().ProductOrService.Coding.Single().System.Should().Be("http://hl7.org/fhir/sid/ndc");
        var inp04 = outcome.Issue.Single(i => i.Details?.Coding.SingleOrDefault()?.Code == "INP-04");
        inp04.Severity.Should().Be(OperationOutcome.IssueSeverity.Warning);
        inp04.Expression.Should().ContainSingle().Which.Should().StartWith("Bundle.entry[6].resource.extension(");
    }

    [Fact]
    public async Task PostJson_AcceptFhir_SameClaimItemsAsTheBundleForTheSameEncounter()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/claims/scrub") { Content = JsonContent.Create(FhirBundles.Request("hospital-hydration-and-pushes")) };
        request.Headers.Accept.ParseAdd(FhirBundles.FhirJson);

        var (fromJson, _) = await ReadAsync(await client.SendAsync(request, TestContext.Current.CancellationToken));
        var (fromFhir, _) = await ReadAsync(await client.PostBundleAsync(FhirBundles.Bundle("hospital-hydration-and-pushes"), FhirBundles.FhirJson));

        fromJson.Type.Coding.Single().Code.Should().Be("institutional");
        // Claim.item.encounter is only known from a Bundle; everything else about the items is the same claim.
        fromFhir.Item.ForEach(i => i.Encounter.Clear());
        JsonNode.DeepEquals(Items(fromJson), Items(fromFhir)).Should().BeTrue();
        fromJson.Diagnosis.Select(d => ((CodeableConcept)d.Diagnosis).Coding[0].Code).Should().Equal("C50.911", "R11.2");
    }

    [Fact]
    public async Task PostBundle_NoStopTime_RejectedClaimIsDraftAndTheOutcomeCarriesInp01AsAnError()
    {
        var (claim, outcome) = await ReadAsync(await factory.CreateClient().PostBundleAsync(FhirBundles.Bundle("no-stop-time"), FhirBundles.FhirJson));

        claim.Status.Should().Be(FinancialResourceStatusCodes.Draft);
        var inp01 = outcome.Issue.Single(i => i.Details?.Coding.SingleOrDefault()?.Code == "INP-01");
        inp01.Severity.Should().Be(OperationOutcome.IssueSeverity.Error);
        inp01.Code.Should().Be(OperationOutcome.IssueType.BusinessRule);
        inp01.Expression.Should().Equal("Bundle.entry[7].resource.effectivePeriod.end");
        // A rule family that did not fully run is said in the outcome, as in the JSON checks.
        outcome.Issue.Should().Contain(i => i.Severity == OperationOutcome.IssueSeverity.Information && (i.Diagnostics ?? "").StartsWith("Rule family ncciPtp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostBundleWithCoverage_AcceptFhir_InsurancePointsAtTheBundlesCoverage()
    {
        var (claim, _) = await ReadAsync(await factory.CreateClient().PostBundleAsync(X12Bundles.Office(), FhirBundles.FhirJson));

        // Claim.insurance 1..*, coverage 1..1 (R4): the Coverage read for the payer, by its fullUrl (X12Bundles).
        claim.Insurance.Should().ContainSingle().Which.Coverage.Reference.Should().Be("urn:uuid:6f1c2d3e-0000-4000-8000-0000000000c1");
        // Encounter.participant PPRF is the 837's rendering provider; the Claim's provider stays the billing Organization.
        claim.Provider.Reference.Should().Be("urn:uuid:6f1c2d3e-0000-4000-8000-000000000002");
    }

    [Fact]
    public async Task PostJson_AcceptFhir_WithoutCoverageResource_InsuranceSaysThePayerTypeScrubbedFor()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/claims/scrub")
        {
            Content = JsonContent.Create(FhirBundles.Request("office-chemotherapy-day").With("""{"payer":{"type":"commercial"}}""")),
        };
        request.Headers.Accept.ParseAdd(FhirBundles.FhirJson);

        var (claim, _) = await ReadAsync(await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken));

        claim.Insurance.Single().Coverage.Display.Should().Be("Commercial (payer type the claim was scrubbed for)");
        claim.Insurance.Single().Focal.Should().BeTrue();
    }

    // The SDK validation used above has teeth: a Claim without its R4 1..1 elements (status, type, use, patient, created,
    // provider, priority) and an insurance without sequence, focal and coverage is refused.
    [Fact]
    public void SdkValidation_ClaimMissingRequiredElements_ReportsThem()
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Entry = [new() { Resource = new Claim { Insurance = [new()] } }] };

        var errors = bundle.Validate(ModelInfo.ModelInspector, validateRecursively: true);

        errors.Select(e => e.Message).Should().HaveCountGreaterThanOrEqualTo(10, string.Join("\n", errors.Select(e => e.Message)));
    }

    [Theory]
    [InlineData("application/json;q=0.5, application/fhir+json", "application/fhir+json")]
    [InlineData("application/fhir+json;q=0.1, application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("text/html", "application/json")]
    public async Task PostBundle_Accept_MostPreferredFormatWeWriteElseJson(string accept, string mediaType)
    {
        var response = await factory.CreateClient().PostBundleAsync(FhirBundles.Bundle("pump-start"), accept);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.Should().Be(mediaType);
    }

    private static JsonNode Items(Claim claim) => JsonNode.Parse(claim.ToJson())!["item"]!;

    private static async Task<(Claim Claim, OperationOutcome Outcome)> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be(FhirBundles.FhirJson);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
        var valid = new FhirJsonDeserializer(new DeserializerSettings()).TryDeserializeResource(ref reader, out var resource, out var issues);
        valid.Should().BeTrue(string.Join("\n", issues.Select(i => i.Message)) + "\n" + text);
        var bundle = resource.Should().BeOfType<Bundle>().Subject;
        bundle.Type.Should().Be(Bundle.BundleType.Collection);
        bundle.ShouldBeValidR4();
        return (bundle.Entry.Select(e => e.Resource).OfType<Claim>().Single(), bundle.Entry.Select(e => e.Resource).OfType<OperationOutcome>().Single());
    }
}
