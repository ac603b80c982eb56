using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;

namespace OncologyBilling.Api.IntegrationTests;

public sealed class ReferenceEndpointsTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SearchDrugs_BrandPrefixAnyCase_ReturnsTheCatalogRowInContractShape()
    {
        var drugs = await GetArrayAsync("/api/v1/reference/drugs?name=KEYTR");

        var pembrolizumab = drugs.Should().ContainSingle().Subject!;
        ((string)pembrolizumab["hcpcs"]!).Should().Be("J9271");
        ((string)pembrolizumab["generic"]!).Should().Be("pembrolizumab");
        pembrolizumab["brands"]!.AsArray().Select(b => (string)b!).Should().Equal("Keytruda");
        // J9271 is 1 mg per unit (coding-rules.md §0.2: not 100 mg).
        ((decimal)pembrolizumab["billingUnit"]!["amount"]!).Should().Be(1m);
        ((string)pembrolizumab["billingUnit"]!["unit"]!).Should().Be("mg");
        ((bool)pembrolizumab["billingUnit"]!["upTo"]!).Should().BeFalse();
        ((string)pembrolizumab["category"]!).Should().Be("chemotherapy");
        ((string)pembrolizumab["container"]!).Should().Be("singleDose");
        pembrolizumab["vialSizes"]!.AsArray().Select(v => (decimal)v!).Should().Equal(100m);
        ((string)pembrolizumab["z51"]!).Should().Be("Z51.12");
    }

    [Fact]
    public async Task SearchDrugs_PartialGenericName_ReturnsEveryMatchOrderedByGeneric()
    {
        var drugs = await GetArrayAsync("/api/v1/reference/drugs?name=platin");

        drugs.Select(d => (string)d!["generic"]!).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase)
            .And.AllSatisfy(g => g.Should().ContainEquivalentOf("platin"));
        drugs.Select(d => (string)d!["hcpcs"]!).Should().Contain(["J9045", "J9060", "J9263"]);
    }

    [Fact]
    public async Task SearchDrugs_UpToDescriptorAndMicrograms_PrintAsTheContractSpellsThem()
    {
        var diphenhydramine = (await GetArrayAsync("/api/v1/reference/drugs?name=benadryl")).Should().ContainSingle().Subject!;
        var palonosetron = (await GetArrayAsync("/api/v1/reference/drugs?name=Aloxi")).Should().ContainSingle().Subject!;

        ((string)diphenhydramine["hcpcs"]!).Should().Be("J1200");
        ((decimal)diphenhydramine["billingUnit"]!["amount"]!).Should().Be(50m);
        ((bool)diphenhydramine["billingUnit"]!["upTo"]!).Should().BeTrue();
        ((string)palonosetron["billingUnit"]!["unit"]!).Should().Be("mcg");
    }

    [Fact]
    public async Task SearchDrugs_NoName_ListsTheWholeCatalogAndDateKeepsEffectiveRows()
    {
        var all = await GetArrayAsync("/api/v1/reference/drugs");
        var onDate = await GetArrayAsync("/api/v1/reference/drugs?dateOfService=2026-03-02");

        all.Count.Should().BeGreaterThanOrEqualTo(100);
        onDate.Should().AllSatisfy(d => DateOnly.Parse((string)d!["effectiveFrom"]!).Should().BeOnOrBefore(new DateOnly(2026, 3, 2)));
        onDate.Select(d => (string)d!["hcpcs"]!).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task SearchDrugs_UnknownName_ReturnsEmptyList() =>
        (await GetArrayAsync("/api/v1/reference/drugs?name=zzz-no-such-drug")).Should().BeEmpty();

    [Theory]
    [InlineData("/api/v1/reference/drugs?dateOfService=2026-13-01", "dateOfService")]
    [InlineData("/api/v1/reference/drugs?dateOfService=03/02/2026", "dateOfService")]
    [InlineData("/api/v1/reference/drugs/J9271?dateOfService=yesterday", "dateOfService")]
    [InlineData("/api/v1/reference/drugs/96413", "hcpcs")]
    [InlineData("/api/v1/reference/drugs/J92710", "hcpcs")]
    [InlineData("/api/v1/reference/drugs/X", "hcpcs")]
    public async Task Drugs_MalformedInput_Returns400NamingTheParameter(string url, string key)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancel);

        await response.ShouldBeValidationProblemAsync(key);
    }

    [Fact]
    public async Task SearchDrugs_NameLongerThanTheLimit_Returns400()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/reference/drugs?name=" + new string('a', 129), Cancel);

        await response.ShouldBeValidationProblemAsync("name");
    }

    [Theory]
    [InlineData("J9271")]
    [InlineData("j9271")]
    public async Task GetDrug_KnownCodeAnyCase_ReturnsTheDrug(string code)
    {
        var drug = await GetObjectAsync($"/api/v1/reference/drugs/{code}?dateOfService=2026-03-02");

        ((string)drug["hcpcs"]!).Should().Be("J9271");
        ((string)drug["generic"]!).Should().Be("pembrolizumab");
    }

    [Fact]
    public async Task GetDrug_CarboplatinMultipleDose_ReportsFiftyMilligramUnits()
    {
        var drug = await GetObjectAsync("/api/v1/reference/drugs/J9045");

        // coding-rules.md §9.2 U5: J9045 = 50 mg per unit, multiple-dose vials (no JW/JZ).
        ((decimal)drug["billingUnit"]!["amount"]!).Should().Be(50m);
        ((string)drug["container"]!).Should().Be("multipleDose");
    }

    [Fact]
    public async Task GetDrug_WellFormedButUnknownCode_Returns404Problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/reference/drugs/J0001", Cancel);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        ((string)problem["detail"]!).Should().Contain("J0001");
    }

    private async Task<JsonArray> GetArrayAsync(string url) => (await GetNodeAsync(url)).AsArray();

    private async Task<JsonObject> GetObjectAsync(string url) => (await GetNodeAsync(url)).AsObject();

    private async Task<JsonNode> GetNodeAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }
}
