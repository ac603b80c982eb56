using System.Net.Http.Json;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>
/// Unknown properties anywhere are a 400 keyed by their path (issue 12 item 1): a misspelt "pupm" would otherwise be
/// dropped and the infusion coded without its pump. A close known name is suggested; else the allowed names are listed.
/// </summary>
public sealed class StrictJsonTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    [Theory]
    [InlineData("dateOfServce", "did you mean 'dateOfService'?")]
    [InlineData("administrations[0].pupm", "did you mean 'pump'?")]
    [InlineData("administrations[0].wastage", "did you mean 'wasted'?")]
    [InlineData("administrations[0].drug.ndcCode", "allowed here are: hcpcs, name, ndc")]
    [InlineData("administrations[0].dose.units", "did you mean 'unit'?")]
    [InlineData("administrations[0].vials[1].singleUse", "did you mean 'singleDose'?")]
    [InlineData("payer.kind", "allowed here are: type, id")]
    [InlineData("billingProvider.is340B", "allowed here are: npi, is340BCoveredEntity")]
    [InlineData("patient.name", "allowed here are: id, dateOfBirth, sex")]
    [InlineData("services[0].modifier", "did you mean 'modifiers'?")]
    [InlineData("priorAuthorizations[0].codes", "allowed here are: number, hcpcs")]
    public async Task PostScrub_UnknownPropertyAtAnyDepth_Returns400OnItsPath(string path, string says)
    {
        var request = Requests.Valid().With($$"""{"{{path}}": true}""");

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeValidationProblemAsync(path);
        ((string?)problem["errors"]![path]![0]).Should().StartWith("unknown property; ").And.Contain(says);
    }

    [Fact]
    public async Task PostScrub_SeveralUnknownProperties_ReportsEveryOne()
    {
        var request = Requests.Valid().With("""
            {"estimat": false, "administrations[0].pupm": true, "administrations[1].drug.nmae": "x", "services[0].mins": 5}
            """);

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        await response.ShouldBeValidationProblemAsync("estimat", "administrations[0].pupm", "administrations[1].drug.nmae", "services[0].mins");
    }

    [Fact]
    public async Task PostScrub_PropertyNameInAnotherCase_IsTheKnownProperty()
    {
        // The serializer matches names case-insensitively (web defaults), so "Pump" is the pump, not an unknown name.
        var request = Requests.Valid().With("""{"administrations[0].pump": "<remove>", "administrations[0].Pump": true}""");

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
    }
}
