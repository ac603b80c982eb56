using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>
/// The default host (no ReferenceData:Path) checks diagnoses against the whole shipped ICD-10-CM FY2026 codes file
/// (refdata PROVENANCE §1: 74,719 billable codes, 2025-10-01 to 2026-09-30) and names every release it used.
/// </summary>
public sealed class ShippedReferenceDataTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    // Billable FY2026 codes from every chapter, well outside the oncology categories a subset would hold.
    [Theory]
    [InlineData("A41.9")]
    [InlineData("E11.9")]
    [InlineData("F32.A")]
    [InlineData("I10")]
    [InlineData("J18.9")]
    [InlineData("K21.9")]
    [InlineData("M54.50")]
    [InlineData("N18.6")]
    [InlineData("S72.001A")]
    [InlineData("Z79.899")]
    public async Task Scrub_ValidFy2026Code_DiagnosesChecked(string code)
    {
        var claim = await Scrub($"\"C56.1\", \"{code}\"");

        ((string)Check(claim, "diagnoses")["status"]!).Should().Be("checked");
        ((string)Check(claim, "diagnoses")["dataVersion"]!).Should().Be("icd10cm FY2026");
        RuleIds(claim).Should().NotContain("DX-00");
    }

    // E11 is a category header (only E11.0–E11.9 subcodes are billable), C50.91 a subcategory, I10.9 and C99.9 are not codes.
    [Theory]
    [InlineData("E11")]
    [InlineData("C50.91")]
    [InlineData("I10.9")]
    [InlineData("C99.9")]
    public async Task Scrub_CodeAbsentFromFy2026File_IsADx00ErrorOnItsPath(string code)
    {
        var claim = await Scrub($"\"C56.1\", \"{code}\"");

        var finding = claim["findings"]!.AsArray().Single(f => (string)f!["ruleId"]! == "DX-00")!;
        ((string)finding["severity"]!).Should().Be("error");
        ((string)finding["path"]!).Should().Be("diagnoses[1]");
        ((string)claim["status"]!).Should().Be("rejected");
        ((string)Check(claim, "diagnoses")["status"]!).Should().Be("checked");
    }

    [Fact]
    public async Task Scrub_Default_ReferenceDataNamesEveryShippedRelease()
    {
        var claim = await Scrub("\"C56.1\"");

        var sources = claim["referenceData"]!["tables"]!.AsArray().ToDictionary(t => (string)t!["table"]!, t => (string)t!["source"]!);
        sources.Should().Contain(new Dictionary<string, string>
        {
            ["icd10cm"] = "icd10cm-codes-2026.txt.gz",
            ["hcpcs"] = "HCPC2025_OCT_ANWEB.csv.gz",
            ["mue-practitioner"] = "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv.gz",
            ["mue-outpatient-hospital"] = "MCR_MUE_OutpatientHospitalServices_Eff_04-01-2026.csv.gz",
            ["opps-status-indicators"] = "opps_addendum_b_2025oct.csv.gz",
            ["ndc-crosswalk"] = "asp_ndc_hcpcs_crosswalk_2026q1.csv.gz",
            ["ncci-ptp-practitioner"] = "ncci_ptp_2024q3_infusion_extract.csv.gz",
            ["ncci-ptp-hospital"] = "ncci_ptp_2024q3_infusion_extract.csv.gz",
            ["pfs-rates"] = "pfs_rvu26c_2026jul_infusion_acp_subset.csv.gz",
            ["opps-rates"] = "opps_addendum_b_2025oct.csv.gz",
            ["asp-limits"] = "asp_payment_limits_2026q1.csv.gz",
        });
        ((string)claim["referenceData"]!["version"]!).Should().StartWith("shipped:");
        // PROVENANCE §4: the PTP extract is the 2024-Q3 release; a 2026 date of service is partial with the release named.
        var ptp = Check(claim, "ncciPtp");
        ((string)ptp["status"]!).Should().Be("partial");
        ((string)ptp["dataVersion"]!).Should().Be("ncci-ptp-practitioner 2024-Q3 extract");
        ((string)ptp["note"]!).Should().Contain("does not cover 2026-03-02");
    }

    [Fact]
    public async Task Scrub_Default_EachTableSaysWhetherItCoversTheDateOfService()
    {
        var claim = await Scrub("\"C56.1\"");

        // 2026-03-02 against the shipped releases' dates (docs/reference-data.md, from PROVENANCE.md).
        var covers = claim["referenceData"]!["tables"]!.AsArray().ToDictionary(t => (string)t!["table"]!, t => (bool)t!["coversDateOfService"]!);
        covers.Should().Contain(new Dictionary<string, bool>
        {
            ["icd10cm"] = true, // FY2026: 2025-10-01 – 2026-09-30
            ["hcpcs"] = true, // from 2025-10-01
            ["mue-practitioner"] = false, // 2026-Q2 starts 2026-04-01
            ["opps-status-indicators"] = false, // 2025-10-01 – 2025-12-31
            ["ndc-crosswalk"] = true, // 2026-Q1
            ["ncci-ptp-practitioner"] = false, // 2024-Q3
            ["pfs-rates"] = true, // CY2026
            ["asp-limits"] = true, // 2026-Q1
        });
    }

    private static JsonNode Check(JsonNode claim, string family) => claim["checks"]!.AsArray().Single(c => (string)c!["family"]! == family)!;

    private static string[] RuleIds(JsonNode claim) => [.. claim["findings"]!.AsArray().Select(f => (string)f!["ruleId"]!)];

    private async Task<JsonNode> Scrub(string diagnoses)
    {
        var request = $$"""
            {"encounterId": "SHIPPED-1", "setting": "office", "diagnoses": [{{diagnoses}}],
             "administrations": [{"id": "a1", "drug": {"name": "paclitaxel"}, "route": "ivInfusion",
               "start": "2026-03-02T10:00:00-05:00", "end": "2026-03-02T11:00:00-05:00", "dose": {"amount": 175, "unit": "mg"},
               "vials": [{"size": {"amount": 300, "unit": "mg"}, "count": 1, "singleDose": false}]}]}
            """;
        using var body = new StringContent(request, Encoding.UTF8, "application/json");
        var response = await factory.CreateClient().PostAsync("/api/v1/claims/scrub", body, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }
}
