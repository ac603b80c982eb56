using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OncologyBilling.Scrubber.Pipeline;
using static OncologyBilling.Api.IntegrationTests.Security.SentinelRequests;

namespace OncologyBilling.Api.IntegrationTests.Security;

/// <summary>Runs the host on real Kestrel: graceful drain and the Server header are Kestrel behaviour.</summary>
public sealed class GracefulShutdownTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stop_WithRequestInFlight_LetsTheRequestFinish()
    {
        var gate = new GateStage();
        using var factory = StartOnKestrel(gate, timeoutSeconds: 30);
        var client = factory.CreateClient();
        var timeout = factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;

        var inFlight = client.PostAsync(ScrubPath, Json(Valid), Ct);
        await gate.Entered.WaitAsync(Ct);
        var stopping = factory.Services.GetRequiredService<IHost>().StopAsync(Ct);
        await WaitUntilRefusingConnectionsAsync(client.BaseAddress!);
        gate.Release();
        var response = await inFlight;
        await stopping;

        timeout.Should().Be(TimeSpan.FromSeconds(30));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Contains("Server").Should().BeFalse();
    }

    [Fact]
    public async Task Stop_WithZeroTimeout_AbortsTheRequestInFlight()
    {
        // The control for the test above: the drain comes from the configured timeout, not from luck.
        var gate = new GateStage();
        using var factory = StartOnKestrel(gate, timeoutSeconds: 0);
        var client = factory.CreateClient();

        var inFlight = client.PostAsync(ScrubPath, Json(Valid), Ct);
        await gate.Entered.WaitAsync(Ct);
        await factory.Services.GetRequiredService<IHost>().StopAsync(Ct);
        gate.Release();
        var send = async () => await inFlight;

        await send.Should().ThrowAsync<HttpRequestException>();
    }

    private static WebApplicationFactory<Program> StartOnKestrel(GateStage gate, int timeoutSeconds)
    {
        // The derived factory does not carry UseKestrel's port: without urls Kestrel takes its default 5000, which a
        // concurrent test run on the same machine may hold. Port 0 lets the OS pick a free one.
        var factory = new ScrubberApiFactory().WithWebHostBuilder(b => b
            .UseSetting("urls", "http://127.0.0.1:0")
            .UseSetting("Shutdown:TimeoutSeconds", timeoutSeconds.ToString(CultureInfo.InvariantCulture))
            .ConfigureTestServices(s => s.AddSingleton<IScrubStage>(gate)));
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    // Kestrel closes its listener first, then drains: once a new connection is refused, stopping has begun while
    // the gated request is still open.
    private static async Task WaitUntilRefusingConnectionsAsync(Uri address)
    {
        while (!Ct.IsCancellationRequested)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(address.Host, address.Port, Ct);
            }
            catch (SocketException)
            {
                return;
            }

            await Task.Delay(10, Ct);
        }
    }
}
