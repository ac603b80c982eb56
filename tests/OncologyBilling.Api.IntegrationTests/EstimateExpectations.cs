using System.Text.Json.Nodes;
using FluentAssertions;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>
/// Checks a scenario's <c>expect.estimate</c> block (Scenarios/README.md): null means the response has no estimate;
/// otherwise per setting the status, totals, missing codes, unpriced items and per-line amounts, the difference and note fragments.
/// </summary>
internal static class EstimateExpectations
{
    public static void Assert(JsonNode claim, JsonNode? expect)
    {
        var estimate = claim["estimate"];
        if (expect is null)
        {
            estimate.Should().BeNull("the request turned the estimate off");
            return;
        }

        estimate.Should().NotBeNull("the estimate is on by default");
        foreach (var setting in new[] { "office", "hospitalOutpatient" })
        {
            if (expect[setting] is JsonObject expected)
            {
                AssertSetting(claim, estimate![setting]!, expected, setting);
            }
        }

        if (expect["difference"] is JsonValue difference)
        {
            ((decimal)estimate!["difference"]!["allowed"]!).Should().Be((decimal)difference, "hospital minus office");
        }

        var notes = estimate!["notes"]!.AsArray().Select(n => (string)n!).ToArray();
        foreach (var fragment in (expect["notes"] as JsonArray ?? []).Select(n => (string)n!))
        {
            notes.Should().Contain(n => n.Contains(fragment, StringComparison.Ordinal), $"a note mentions '{fragment}'");
        }
    }

    private static void AssertSetting(JsonNode claim, JsonNode actual, JsonObject expected, string setting)
    {
        if (expected["status"] is JsonValue status)
        {
            ((string?)actual["status"]).Should().Be((string)status!, $"{setting} status");
        }

        foreach (var total in new[] { "allowed", "coinsurance" })
        {
            if (expected[total] is JsonValue value)
            {
                ((decimal)actual[total]!).Should().Be((decimal)value, $"{setting} {total}");
            }
        }

        if (expected["missingCodes"] is JsonArray missing)
        {
            actual["missingCodes"]!.AsArray().Select(c => (string)c!).Should().Equal(missing.Select(c => (string)c!), $"{setting} missing codes");
        }

        if (expected["unpriced"] is JsonArray unpriced)
        {
            actual["unpriced"]!.AsArray().Select(c => (string)c!).Should().Equal(unpriced.Select(c => (string)c!), $"{setting} unpriced");
        }

        if (expected["amounts"] is JsonObject amounts)
        {
            var labels = claim["lines"]!.AsArray().ToDictionary(l => (int)l!["line"]!, Label);
            var byLabel = actual["lines"]!.AsArray()
                .GroupBy(l => labels[(int)l!["line"]!])
                .ToDictionary(g => g.Key, g => g.Sum(l => (decimal?)l!["amount"] ?? 0m));
            byLabel.Should().BeEquivalentTo(amounts.ToDictionary(a => a.Key, a => (decimal)a.Value!), $"{setting} amounts per code");
        }
    }

    private static string Label(JsonNode? line) =>
        string.Join('-', line!["modifiers"]!.AsArray().Select(m => (string)m!).Prepend((string)line["code"]!));
}
