using System.Net;
using FluentAssertions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OncologyBilling.ReferenceData;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>Liveness always; readiness only once the reference data has loaded; bad data stops the host at startup.</summary>
public sealed class HealthTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task GetHealth_ReferenceDataLoaded_Returns200Healthy(string path)
    {
        var response = await factory.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("Healthy");
    }

    [Fact]
    public async Task GetReady_ProviderNotReady_Returns503WhileLiveStays200()
    {
        using var notReady = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IReferenceDataProvider, NotReadyProvider>()));
        var client = notReady.CreateClient();

        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        live.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void Startup_BadReferenceData_FailsWithClearMessage()
    {
        using var broken = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IReferenceDataProvider, BrokenProvider>()));

        var start = () => broken.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage("Reference data failed to load or validate*")
            .WithInnerException<ReferenceDataException>();
    }

    private sealed class NotReadyProvider : IReferenceDataProvider
    {
        public bool IsReady => false;

        public ReferenceDataSet Current => ReferenceDataSet.Shipped;

        public void Load()
        {
            // Stays not ready: stands for data still loading.
        }
    }

    private sealed class BrokenProvider : IReferenceDataProvider
    {
        public bool IsReady => false;

        public ReferenceDataSet Current => throw new ReferenceDataException("drugs.json: duplicate key J9999.");

        public void Load() => _ = Current;
    }
}
