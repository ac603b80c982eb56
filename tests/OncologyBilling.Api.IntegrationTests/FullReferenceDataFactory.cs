using Microsoft.AspNetCore.Hosting;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>The real host configured with <c>ReferenceData:Path</c> = ../shared/refdata: the full CMS/CDC files override the embedded tables.</summary>
public sealed class FullReferenceDataFactory : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
{
    public static string Folder { get; } = FindFolder();

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        ScrubberApiFactory.WithTestKeys(builder.UseEnvironment("Testing").UseSetting("ReferenceData:Path", Folder));

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(ScrubberApiFactory.ApiKeyHeader, ScrubberApiFactory.FullKey);
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OncologyBilling.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "refdata"));
            }
        }

        throw new InvalidOperationException("OncologyBilling.sln not found above the test binaries.");
    }
}
