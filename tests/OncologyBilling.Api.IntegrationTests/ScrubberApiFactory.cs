using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>
/// The real host in memory; every log event it writes is captured for privacy assertions. CreateClient() sends a
/// key with both scopes; <see cref="ApiKeyClients"/> gives clients without a key, with a read-only or another key.
/// </summary>
public sealed class ScrubberApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const string FullKey = "ZZKEY-test-full-3f9a1c7e";
    public const string ReadOnlyKey = "ZZKEY-test-read-8b2d4e6f";

    public ConcurrentQueue<LogEvent> LogEvents { get; } = new();

    /// <summary>SHA-256 of a key as hex, the form keys are configured in.</summary>
    public static string Sha256Hex(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(ApiKeyHeader, FullKey);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        WithTestKeys(builder.UseEnvironment("Testing"))
            .ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(new CapturingSink(LogEvents)));

    /// <summary>
    /// Configures the test keys; any factory of the real host needs them (only /health/* is anonymous). They sit at
    /// high indices so they never merge with a key from appsettings.{Environment}.json.
    /// </summary>
    public static IWebHostBuilder WithTestKeys(IWebHostBuilder builder) =>
        builder
            .UseSetting("ApiKeys:Keys:90:Name", "test-full")
            .UseSetting("ApiKeys:Keys:90:Sha256", Sha256Hex(FullKey))
            .UseSetting("ApiKeys:Keys:90:Scopes:0", "scrub")
            .UseSetting("ApiKeys:Keys:90:Scopes:1", "read")
            .UseSetting("ApiKeys:Keys:90:PermitsPerMinute", "1000000")
            .UseSetting("ApiKeys:Keys:91:Name", "test-read")
            .UseSetting("ApiKeys:Keys:91:Sha256", Sha256Hex(ReadOnlyKey))
            .UseSetting("ApiKeys:Keys:91:Scopes:0", "read");
}
