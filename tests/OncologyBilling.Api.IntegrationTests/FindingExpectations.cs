using System.Text.Json.Nodes;
using FluentAssertions;

namespace OncologyBilling.Api.IntegrationTests;

/// <summary>
/// Checks a scenario's <c>expect.findingDetails</c>: each entry names a rule id and optionally the finding's
/// <c>path</c>, <c>severity</c> and fragments its <c>message</c> must contain; some finding must match all of them.
/// </summary>
internal static class FindingExpectations
{
    public static void Assert(JsonNode claim, JsonArray expected)
    {
        var findings = claim["findings"]!.AsArray();
        foreach (var detail in expected)
        {
            var ruleId = (string)detail!["ruleId"]!;
            var fragments = detail["messageContains"]?.AsArray().Select(f => (string)f!).ToArray() ?? [];
            var match = findings.Any(f => (string?)f!["ruleId"] == ruleId
                && (detail["path"] is not JsonValue path || (string?)f["path"] == (string?)path)
                && (detail["severity"] is not JsonValue severity || (string?)f["severity"] == (string?)severity)
                && fragments.All(fragment => ((string?)f["message"] ?? string.Empty).Contains(fragment, StringComparison.Ordinal)));
            match.Should().BeTrue($"a {ruleId} finding matching {detail.ToJsonString()} is expected");
        }
    }
}
