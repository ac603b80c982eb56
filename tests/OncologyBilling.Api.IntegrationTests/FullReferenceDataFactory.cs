using Microsoft.AspNetCore.Hosting;
using OncologyBilling.Tests;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>The real host configured with <c>ReferenceData:Path</c> = ../shared/refdata: the full CMS/CDC files override the embedded tables.</summary>
public sealed class FullReferenceDataFactory : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
{
    public static string Folder { get; } = RepositoryRoot.SharedRefData;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        ScrubberApiFactory.WithTestKeys(builder.UseEnvironment("Testing").UseSetting("ReferenceData:Path", Folder));

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(ScrubberApiFactory.ApiKeyHeader, ScrubberApiFactory.FullKey);
    }
}
