using Microsoft.AspNetCore.Mvc.Testing;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>Clients for the test host (or any host derived from it with WithWebHostBuilder) by key.</summary>
public static class ApiKeyClients
{
    public static HttpClient CreateClientWithoutKey(this WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Remove(ScrubberApiFactory.ApiKeyHeader);
        return client;
    }

    public static HttpClient CreateClientWithKey(this WebApplicationFactory<Program> factory, string key)
    {
        var client = factory.CreateClientWithoutKey();
        client.DefaultRequestHeaders.Add(ScrubberApiFactory.ApiKeyHeader, key);
        return client;
    }

    public static HttpClient CreateReadOnlyClient(this WebApplicationFactory<Program> factory) =>
        factory.CreateClientWithKey(ScrubberApiFactory.ReadOnlyKey);
}
