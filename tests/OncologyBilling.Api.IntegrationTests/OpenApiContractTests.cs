using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using OncologyBilling.Api.IntegrationTests.Support;
using OncologyBilling.Tests;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>
/// The served OpenAPI document must equal the committed docs/openapi.v1.json. On a difference the test writes
/// docs/openapi.v1.received.json and names the differing JSON paths. To accept a deliberate change:
/// UPDATE_OPENAPI_SNAPSHOT=1 dotnet test (rewrites the snapshot), then review and commit it.
/// </summary>
public sealed class OpenApiContractTests(ScrubberApiFactory factory) : IClassFixture<ScrubberApiFactory>
{
    private static readonly string Approved = Path.Combine(RepositoryRoot.Path, "docs", "openapi.v1.json");
    private static readonly string Received = Path.Combine(RepositoryRoot.Path, "docs", "openapi.v1.received.json");
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task SwaggerDocument_MatchesCommittedSnapshot()
    {
        var served = Normalize(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken));

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI_SNAPSHOT") == "1")
        {
            await File.WriteAllTextAsync(Approved, served, TestContext.Current.CancellationToken);
        }

        var approved = File.Exists(Approved) ? Normalize(await File.ReadAllTextAsync(Approved, TestContext.Current.CancellationToken)) : "{}";
        if (served == approved)
        {
            File.Delete(Received);
            return;
        }

        await File.WriteAllTextAsync(Received, served, TestContext.Current.CancellationToken);
        var paths = JsonDiff.Paths(JsonNode.Parse(approved), JsonNode.Parse(served)).Take(20);
        served.Should().Be(approved, $"""
            the served OpenAPI document differs from docs/openapi.v1.json at:
              {string.Join("\n  ", paths)}
            {FirstDifferentLine(approved, served)}
            The served document is in docs/openapi.v1.received.json. If the change is intended, refresh the snapshot
            (UPDATE_OPENAPI_SNAPSHOT=1 dotnet test, or copy the received file over it) and commit it.
            """);
    }

    [Fact]
    public async Task SwaggerDocument_IsDeterministicAndHoldsNoMachinePath()
    {
        var first = await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
        var second = await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);

        second.Should().Be(first);
        first.Should().NotContain(RepositoryRoot.Path).And.NotContain(AppContext.BaseDirectory.TrimEnd('/'));
    }

    private static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

    private static string FirstDifferentLine(string approved, string served)
    {
        var a = approved.Split('\n');
        var s = served.Split('\n');
        var i = Enumerable.Range(0, Math.Min(a.Length, s.Length)).FirstOrDefault(n => a[n] != s[n], Math.Min(a.Length, s.Length));
        return $"first different line {i + 1}:\n  approved: {(i < a.Length ? a[i].Trim() : "(end)")}\n  served:   {(i < s.Length ? s[i].Trim() : "(end)")}";
    }
}
