using System.Net;
using System.Text;
using FluentAssertions;

namespace OncologyBilling.Api.IntegrationTests.Fhir;

/// <summary>The FHIR endpoint sits behind the same key, scope and body-limit controls as the others (docs/security.md).</summary>
public sealed class FhirAccessTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private const int SingleLimit = 262_144;

    [Fact]
    public async Task PostBundle_NoKey_Returns401BeforeReadingTheBody()
    {
        var response = await factory.CreateClientWithoutKey().PostBundleAsync(FhirBundles.Bundle("office-chemotherapy-day"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostBundle_ReadOnlyKey_Returns403()
    {
        var response = await factory.CreateReadOnlyClient().PostBundleAsync(FhirBundles.Bundle("office-chemotherapy-day"));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PostBundle_DeclaredLengthOverLimit_Returns413OperationOutcome()
    {
        var response = await factory.CreateClient().PostBodyAsync(Padded(SingleLimit + 1));

        await response.ShouldBeOperationOutcomeAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task PostBundle_ChunkedBodyOverLimit_Returns413OperationOutcome()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Padded(SingleLimit + 1))));
        content.Headers.ContentType = new(FhirBundles.FhirJson);
        using var request = new HttpRequestMessage(HttpMethod.Post, FhirBundles.ScrubPath) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        await response.ShouldBeOperationOutcomeAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    private static string Padded(int length)
    {
        var bundle = FhirBundles.Bundle("office-chemotherapy-day").ToJsonString();
        return bundle.Insert(1, $"\"id\":\"{new string('a', length - bundle.Length - 8)}\",");
    }
}
