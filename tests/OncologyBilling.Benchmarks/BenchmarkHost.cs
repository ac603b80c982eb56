using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OncologyBilling.Api;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Api.Serialization;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OncologyBilling.Benchmarks;

/// <summary>
/// The scrubber as AddClaimScrubber builds it, with a NullLogger (no log formatting in the figures); the JSON options
/// and validator from the API's own composition, so the JSON path measures what the endpoint runs.
/// </summary>
internal sealed class BenchmarkHost
{
    private static readonly Lazy<BenchmarkHost> Shared = new(() => new BenchmarkHost());

    private BenchmarkHost()
    {
        var services = new ServiceCollection().AddClaimScrubber();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        var provider = services.BuildServiceProvider();
        Scrubber = provider.GetRequiredService<ClaimScrubber>();
        References = provider.GetRequiredService<IReferenceDataProvider>();
        Options = provider.GetRequiredService<ScrubberOptions>();

        var builder = WebApplication.CreateBuilder();
        builder.AddScrubberApi();
        var app = builder.Build();
        Json = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        Validator = app.Services.GetRequiredService<IValidator<ScrubRequest>>();
        ClaimJson = app.Services.GetRequiredService<ClaimJson>();
    }

    public static BenchmarkHost Instance => Shared.Value;

    public ClaimScrubber Scrubber { get; }
    public IReferenceDataProvider References { get; }
    public ScrubberOptions Options { get; }
    public JsonSerializerOptions Json { get; }
    public IValidator<ScrubRequest> Validator { get; }
    public ClaimJson ClaimJson { get; }

    public Encounter Encounter(string json)
    {
        var request = Encounters.Request(json, Json);
        var validation = Validator.Validate(request);
        return validation.IsValid ? request.ToEncounter() : throw new InvalidOperationException($"Benchmark encounter is invalid: {validation}");
    }
}
