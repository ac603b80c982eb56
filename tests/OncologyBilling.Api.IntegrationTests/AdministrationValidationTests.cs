using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>The 400 cases inside an administration, and the near misses that must stay 200 (a finding, not an error).</summary>
public sealed class AdministrationValidationTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private const string A = "administrations[0]";

    [Theory]
    [InlineData(A + ".id", """{"administrations[0].id":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}""")]
    [InlineData(A + ".drug", """{"administrations[0].drug":"<remove>"}""")]
    [InlineData(A + ".drug", """{"administrations[0].drug":null}""")]
    [InlineData(A + ".drug", """{"administrations[0].drug":{"ndc":"0703-3216-01"}}""")]
    [InlineData(A + ".drug.hcpcs", """{"administrations[0].drug.hcpcs":"J92670"}""")]
    [InlineData(A + ".drug.hcpcs", """{"administrations[0].drug.hcpcs":"96413"}""")]
    [InlineData(A + ".drug.name", """{"administrations[0].drug.name":"NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN"}""")]
    [InlineData(A + ".drug.ndc", """{"administrations[0].drug.ndc":"0703-3216"}""")]
    [InlineData(A + ".drug.ndc", """{"administrations[0].drug.ndc":"070332160"}""")]
    [InlineData(A + ".drug.ndc", """{"administrations[0].drug.ndc":"07033-216-011"}""")]
    [InlineData(A + ".route", """{"administrations[0].route":"<remove>"}""")]
    [InlineData(A + ".start", """{"administrations[0].start":"<remove>"}""")]
    [InlineData(A + ".start", """{"administrations[0].route":"ivPush","administrations[0].start":"1999-12-31T10:00:00-05:00","administrations[0].end":"<remove>"}""")]
    [InlineData(A + ".end", """{"administrations[0].end":"<remove>"}""")]
    [InlineData(A + ".end", """{"administrations[0].end":"2026-03-02T09:59:00-05:00"}""")]
    [InlineData(A + ".end", """{"administrations[0].end":"2026-03-02T10:00:00-05:00"}""")]
    [InlineData(A + ".end", """{"administrations[0].end":"2026-03-09T10:01:00-05:00"}""")]
    [InlineData(A + ".end", """{"administrations[0].end":"2101-01-01T10:00:00-05:00"}""")]
    [InlineData(A + ".dose", """{"administrations[0].dose":"<remove>"}""")]
    [InlineData(A + ".dose.amount", """{"administrations[0].dose.amount":0}""")]
    [InlineData(A + ".dose.amount", """{"administrations[0].dose.amount":-5}""")]
    [InlineData(A + ".dose.amount", """{"administrations[0].dose.amount":1000001}""")]
    [InlineData(A + ".dose.amount", """{"administrations[0].dose.amount":"<remove>"}""")]
    [InlineData(A + ".dose.unit", """{"administrations[0].dose.unit":"<remove>"}""")]
    [InlineData(A + ".vials[0]", """{"administrations[0].vials[0]":null}""")]
    [InlineData(A + ".vials[0].size", """{"administrations[0].vials[0].size":"<remove>"}""")]
    [InlineData(A + ".vials[0].size.amount", """{"administrations[0].vials[0].size.amount":0}""")]
    [InlineData(A + ".vials[0].count", """{"administrations[0].vials[0].count":0}""")]
    [InlineData(A + ".vials[0].count", """{"administrations[0].vials[0].count":101}""")]
    [InlineData(A + ".vials[0].count", """{"administrations[0].vials[0].count":"<remove>"}""")]
    [InlineData(A + ".wasted.amount", """{"administrations[0].wasted.amount":-1}""")]
    [InlineData(A + ".wasted.unit", """{"administrations[0].wasted.unit":"<remove>"}""")]
    // 400 mg opened (300 + 100): 401 mg, 0.401 g or 400001 mcg discarded is more than was opened.
    [InlineData(A + ".wasted", """{"administrations[0].wasted":{"amount":401,"unit":"mg"}}""")]
    [InlineData(A + ".wasted", """{"administrations[0].wasted":{"amount":0.401,"unit":"g"}}""")]
    [InlineData(A + ".wasted", """{"administrations[0].wasted":{"amount":400001,"unit":"mcg"}}""")]
    [InlineData(A + ".accessSite", """{"administrations[0].accessSite":"SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS"}""")]
    // separateSiteRequired names an IV site: it needs the accessSite and an IV route.
    [InlineData(A + ".accessSite", """{"administrations[0].separateSiteRequired":true,"administrations[0].accessSite":"<remove>"}""")]
    [InlineData(A + ".accessSite", """{"administrations[0].separateSiteRequired":true,"administrations[0].accessSite":"  "}""")]
    [InlineData(A + ".separateSiteRequired", """{"administrations[0].separateSiteRequired":true,"administrations[0].route":"subcutaneous","administrations[0].end":"<remove>"}""")]
    [InlineData(A + ".bag", """{"administrations[0].bag":"BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"}""")]
    public async Task PostScrub_InvalidAdministrationField_Returns400KeyedByJsonPath(string expectedKey, string changes)
    {
        var request = Requests.Valid().With(changes);

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        await response.ShouldBeValidationProblemAsync(expectedKey);
    }

    [Theory]
    // NDC-04: ten bare digits are ambiguous, a billing finding, not a 400; the other accepted shapes too.
    [InlineData("""{"administrations[0].drug.ndc":"0703321601"}""")]
    [InlineData("""{"administrations[0].drug.ndc":"00703321601"}""")]
    [InlineData("""{"administrations[0].drug.ndc":"65597-406-01"}""")]
    [InlineData("""{"administrations[0].drug.ndc":"60575-4112-1"}""")]
    // Exactly the 400 mg opened may be discarded, in any mass unit; mL cannot be compared with mg, so it is not a 400.
    [InlineData("""{"administrations[0].wasted":{"amount":0.4,"unit":"g"}}""")]
    [InlineData("""{"administrations[0].wasted":{"amount":400000,"unit":"mcg"}}""")]
    [InlineData("""{"administrations[0].wasted":{"amount":900,"unit":"mL"}}""")]
    [InlineData("""{"administrations[0].wasted":{"amount":0,"unit":"mg"}}""")]
    // A push needs no end; a hydration fluid (by category or by the catalog) needs no dose; 7 days on a pump is the longest allowed.
    [InlineData("""{"administrations[1].end":"<remove>"}""")]
    [InlineData("""{"administrations[1]":{"drug":{"name":"normal saline"},"route":"ivInfusion","start":"2026-03-02T08:00:00-05:00","end":"2026-03-02T09:00:00-05:00"}}""")]
    [InlineData("""{"administrations[1]":{"drug":{"hcpcs":"J7050"},"route":"ivInfusion","category":"hydration","start":"2026-03-02T08:00:00-05:00","end":"2026-03-02T09:00:00-05:00"}}""")]
    [InlineData("""{"administrations[0].end":"2026-03-09T10:00:00-05:00","administrations[0].pump":true}""")]
    [InlineData("""{"administrations[1].separateSiteRequired":true}""")]
    [InlineData("""{"administrations[0].separateSiteRequired":false,"administrations[0].accessSite":"<remove>"}""")]
    public async Task PostScrub_AcceptedNearMiss_Returns200(string changes)
    {
        var request = Requests.Valid().With(changes);

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
