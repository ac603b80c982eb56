using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OncologyBilling.Api.IntegrationTests.Support;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>Every 400 case of the contract: one change to a valid request, one error keyed by the exact JSON path.</summary>
public sealed class ScrubValidationTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    [Theory]
    [InlineData("encounterId", """{"encounterId":"<remove>"}""")]
    [InlineData("encounterId", """{"encounterId":""}""")]
    [InlineData("encounterId", """{"encounterId":"ENC 0001"}""")]
    [InlineData("encounterId", """{"encounterId":"EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE"}""")]
    [InlineData("setting", """{"setting":"<remove>"}""")]
    [InlineData("dateOfService", """{"dateOfService":"1999-12-31"}""")]
    [InlineData("dateOfService", """{"dateOfService":"2101-01-01"}""")]
    [InlineData("dateOfService", """{"dateOfService":"<remove>","administrations":[]}""")]
    [InlineData("payer.id", """{"payer.id":"PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP"}""")]
    [InlineData("billingProvider.npi", """{"billingProvider.npi":"1234567890"}""")]
    [InlineData("billingProvider.npi", """{"billingProvider.npi":"123456789"}""")]
    [InlineData("billingProvider.npi", """{"billingProvider.npi":"12345678AB"}""")]
    [InlineData("patient.id", """{"patient.id":"PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP"}""")]
    [InlineData("patient.dateOfBirth", """{"patient.dateOfBirth":"1899-12-31"}""")]
    [InlineData("patient.sex", """{"patient.sex":"SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS"}""")]
    [InlineData("diagnoses", """{"diagnoses":"<remove>"}""")]
    [InlineData("diagnoses", """{"diagnoses":[]}""")]
    [InlineData("diagnoses", """{"diagnoses":["C50.911","C50.912","C50.919","C56.1","C56.2","C56.9","C61","C18.7","C34.90","C34.91","C34.92","C20","Z51.11"]}""")]
    [InlineData("diagnoses[1]", """{"diagnoses":["C56.1","5611"]}""")]
    [InlineData("diagnoses[1]", """{"diagnoses":["C56.1","C56.12345"]}""")]
    [InlineData("diagnoses[0]", """{"diagnoses":[""]}""")]
    [InlineData("diagnoses[1]", """{"diagnoses":["C56.1",null]}""")]
    [InlineData("administrations", """{"administrations":[],"services":"<remove>"}""")]
    [InlineData("administrations", """{"administrations":"<remove>","services":[]}""")]
    [InlineData("administrations[1]", """{"administrations[1]":null}""")]
    [InlineData("services[0]", """{"services[0]":null}""")]
    [InlineData("services[0].code", """{"services[0].code":"<remove>"}""")]
    [InlineData("services[0].code", """{"services[0].code":"9921"}""")]
    [InlineData("services[0].modifiers[0]", """{"services[0].modifiers":["2"]}""")]
    [InlineData("services[0].modifiers", """{"services[0].modifiers":["25","59","XU","GA","GY"]}""")]
    [InlineData("services[0].minutes", """{"services[0].minutes":1441}""")]
    [InlineData("services[0].minutes", """{"services[0].minutes":-1}""")]
    [InlineData("priorAuthorizations[0]", """{"priorAuthorizations[0]":null}""")]
    [InlineData("priorAuthorizations[0].number", """{"priorAuthorizations[0].number":"<remove>"}""")]
    [InlineData("priorAuthorizations[0].hcpcs[0]", """{"priorAuthorizations[0].hcpcs":["J92"]}""")]
    public async Task PostScrub_InvalidRequestField_Returns400KeyedByJsonPath(string expectedKey, string changes)
    {
        var request = Requests.Valid().With(changes);

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        await response.ShouldBeValidationProblemAsync(expectedKey);
    }

    [Theory]
    [InlineData("diagnoses", "diagnoses", 13)]
    [InlineData("administrations", "administrations", 51)]
    [InlineData("services", "services", 31)]
    [InlineData("priorAuthorizations", "priorAuthorizations", 21)]
    [InlineData("administrations[0].vials", "administrations[0].vials", 21)]
    [InlineData("priorAuthorizations[0].hcpcs", "priorAuthorizations[0].hcpcs", 51)]
    public async Task PostScrub_ListOverItsLimit_Returns400ForTheList(string expectedKey, string listPath, int count)
    {
        var request = Requests.Valid();
        var item = request.Get(listPath)[0]!.ToJsonString();
        var longer = new JsonArray([.. Enumerable.Range(0, count).Select(_ => JsonNode.Parse(item))]);
        request.With($$"""{"{{listPath}}":{{longer.ToJsonString()}}}""");

        var response = await factory.CreateClient().PostAsJsonAsync(Requests.ScrubPath, request, TestContext.Current.CancellationToken);

        await response.ShouldBeValidationProblemAsync(expectedKey);
    }
}
