using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OncologyBilling.Api.IntegrationTests.Support;

/// <summary>The scenario files (Scenarios/**/*.json, see Scenarios/README.md) and how one is posted to the real host.</summary>
public static class ScenarioFiles
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Scenarios");

    /// <summary>Paths relative to <see cref="Root"/>, in ordinal order.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f))
            .Order(StringComparer.Ordinal);

    public static JsonNode Load(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, name)))!;

    /// <summary>
    /// Posts the scenario's request to /api/v1/claims/scrub; "options" sets configuration keys
    /// (e.g. "Scrubber:HydrationSumSegments": "false") for that scenario's host only.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(WebApplicationFactory<Program> factory, JsonNode scenario)
    {
        using var body = new StringContent(scenario["request"]!.ToJsonString(), Encoding.UTF8, "application/json");
        await using var configured = scenario["options"] is JsonObject options
            ? factory.WithWebHostBuilder(b =>
            {
                foreach (var (key, value) in options)
                {
                    b.UseSetting(key, (string?)value);
                }
            })
            : null;
        using var client = configured?.CreateClient() ?? factory.CreateClient();
        var response = await client.PostAsync("/api/v1/claims/scrub", body, TestContext.Current.CancellationToken);
        await response.Content.LoadIntoBufferAsync(TestContext.Current.CancellationToken);
        return response;
    }
}
