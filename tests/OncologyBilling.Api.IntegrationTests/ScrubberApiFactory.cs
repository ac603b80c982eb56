using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>The real host in memory; every log event it writes is captured for privacy assertions.</summary>
public sealed class ScrubberApiFactory : WebApplicationFactory<Program>
{
    public ConcurrentQueue<LogEvent> LogEvents { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment("Testing")
            .ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(new CapturingSink(LogEvents)));
}
