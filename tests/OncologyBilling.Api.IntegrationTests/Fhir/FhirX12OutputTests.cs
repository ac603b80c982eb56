using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.X12;
using OncologyBilling.X12.Checking;

namespace OncologyBilling.Api.IntegrationTests.Fhir;

/// <summary>
/// Accept: application/edi-x12 on the FHIR endpoint: the Bundle's Patient, Coverage (FHIR R4 Coverage: status, type in
/// the Source of Payment Typology, subscriberId, payor → Organization) and Encounter.participant Practitioner carry what
/// the 837 needs (<see cref="X12Bundles"/>). Expected segments are worked from the Bundle and docs/x12.md's mapping;
/// charges from X12Settings plus <see cref="X12Bundles.Charges"/>.
/// </summary>
public sealed class FhirX12OutputTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private const string X12 = "application/edi-x12";

    private HttpClient Client() => factory.WithWebHostBuilder(b =>
    {
        X12Settings.Apply(b);
        foreach (var (code, charge) in X12Bundles.Charges)
        {
            b.UseSetting($"X12:BillingProviders:{X12Settings.Npi}:Charges:{code}", charge);
        }
    }).CreateClient();

    [Fact]
    public async Task PostOfficeBundle_AcceptX12_Returns837PFromPatientCoverageAndParticipant()
    {
        var response = await Client().PostBundleAsync(X12Bundles.Office(), X12);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be(X12);
        // INP-04 (ondansetron without containers) is a warning: the claim needs review, and the header says so.
        response.Headers.GetValues("X-Claim-Status").Should().Equal("needsReview");
        X12StructureChecker.Check(text).Should().BeEmpty();
        // Lines (FhirScrubTests, README day): 96413 × 1 = 350; 96415 × 2 × 75 = 150; 96375 × 1 = 100; J9267 × 333 × 0.50 = 166.5;
        // J2405 × 8 × 0.25 = 2. CLM02 = 768.5. Encounter.id is CLM01; Location POS 11 is CLM05.
        text.Should().Contain("ST*837*0001*005010X222A1~").And.Contain("CLM*ENC-FHIR-0001*768.5***11:B:1*Y*A*Y*Y~")
            // SOPT 121 Medicare FFS → medicare → SBR09 MB (837P).
            .And.Contain("SBR*P*18*******MB~")
            // The official name, not the nickname; Coverage.subscriberId; the home address; birthDate and gender male.
            .And.Contain("NM1*IL*1*DUCK*DONALD****MI*1EG4TE5MK73~N3*1 OAK ST~N4*ANYTOWN*PA*17111~DMG*D8*19370419*M~")
            // Coverage.payor → Organization: name and its NIIP identifier.
            .And.Contain("NM1*PR*2*MEDICARE PART B*****PI*12302~")
            .And.Contain("HI*ABK:Z5111*ABF:C561~")
            // Encounter.participant PPRF → Practitioner; its NPI differs from the billing Organization's, so 2310B is written.
            .And.Contain("NM1*82*1*SMITH*ALEX****XX*1245319599~")
            .And.Contain("SV1*HC:96375*100*UN*1***").And.Contain("SV1*HC:J2405*2*UN*8***");
    }

    [Fact]
    public async Task PostHospitalBundle_AcceptX12_Returns837IWithRevenueCodesAndTheAttendingParticipant()
    {
        var response = await Client().PostBundleAsync(X12Bundles.Hospital(), X12);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        X12StructureChecker.Check(text).Should().BeEmpty();
        // Location POS 22 → hospitalOutpatient → 837I, TOB 13x. SOPT 12 Medicare (non-managed care) → SBR09 MA (837I).
        // Lines (FhirScrubTests, scenario T11): 96374 150 + 96375 100 + 96361 60 + J2405 × 8 × 0.25 + J1100 dexamethasone
        // 1 mg × 10 × 0.10 + J7030 saline 1000 cc × 1 × 20 = 333.
        text.Should().Contain("ST*837*0001*005010X223A2~").And.Contain("CLM*ENC-FHIR-0002*333***13:A:1**A*Y*Y~").And.Contain("SBR*P*18*******MA~")
            .And.Contain("HI*ABK:C50911~HI*ABF:R112~")
            // ATND participant → 2310A attending.
            .And.Contain("NM1*71*1*SMITH*ALEX****XX*1245319599~")
            // Revenue codes (revenue-codes.json, SET-06): 96374/96375/96361 → 0260 IV therapy; drugs → 0636; hydration fluid → 0258.
            .And.Contain("SV2*0260*HC:96374*150*UN*1~").And.Contain("SV2*0260*HC:96375*100*UN*1~").And.Contain("SV2*0260*HC:96361*60*UN*1~")
            .And.Contain("SV2*0636*HC:J2405*2*UN*8~").And.Contain("SV2*0636*HC:J1100*1*UN*10~").And.Contain("SV2*0258*HC:J7030*20*UN*1~");
    }

    [Fact]
    public async Task PostBundleWithoutCoverage_AcceptX12_Is422NamingTheFhirElementsToSend()
    {
        var response = await Client().PostBundleAsync(FhirBundles.Bundle("office-chemotherapy-day"), X12);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["errors"]!.AsObject();

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        // No Coverage: member id and payer come from one (CoverageReader.AllCoverages); the Patient (entry 0) has no address.
        errors.Select(e => e.Key).Should().Contain(["Bundle.entry.resource.ofType(Coverage)", "Bundle.entry[0].resource.address"])
            .And.NotContain(k => k.StartsWith("patient.", StringComparison.Ordinal) || k.StartsWith("payer.", StringComparison.Ordinal));
        errors["Bundle.entry.resource.ofType(Coverage)"]!.AsArray().Select(m => (string)m!)
            .Should().Contain(m => m.Contains("send Bundle.entry.resource.ofType(Coverage)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1", "code")] // SOPT 1 MEDICARE does not say fee-for-service or Medicare Advantage.
    [InlineData("EHCPOL", "system")] // v3-ActCode is not the payer typology we read.
    public async Task PostBundle_CoverageTypeNotMapped_Is400OperationOutcomeOnTheCoding(string code, string element)
    {
        var bundle = X12Bundles.Office();
        var coverage = bundle["entry"]![X12Bundles.CoverageEntry]!["resource"]!;
        coverage["type"] = JsonNode.Parse(code == "1"
            ? """{"coding":[{"system":"https://nahdo.org/sopt","code":"1"}]}"""
            : """{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"EHCPOL"}]}""");

        var response = await factory.CreateClient().PostBundleAsync(bundle);

        await response.ShouldNameAsync($"Bundle.entry[{X12Bundles.CoverageEntry}].resource.type.coding[0].{element}");
    }

    [Fact]
    public async Task PostBundle_CoverageOfAnotherPatient_Is400OnItsBeneficiary()
    {
        var bundle = X12Bundles.Office();
        var entries = bundle["entry"]!.AsArray();
        entries.Add(JsonNode.Parse("""
            {"fullUrl":"urn:uuid:6f1c2d3e-0000-4000-8000-0000000000c4","resource":{"resourceType":"Patient","id":"pat2","gender":"female"}}
            """));
        entries[X12Bundles.CoverageEntry]!["resource"]!["beneficiary"] = JsonNode.Parse("""{"reference":"urn:uuid:6f1c2d3e-0000-4000-8000-0000000000c4"}""");

        var response = await factory.CreateClient().PostBundleAsync(bundle);

        // Billing the Encounter's patient under another patient's Coverage would be a wrong claim: refused, not read.
        await response.ShouldNameAsync($"Bundle.entry[{X12Bundles.CoverageEntry}].resource.beneficiary");
    }
}
