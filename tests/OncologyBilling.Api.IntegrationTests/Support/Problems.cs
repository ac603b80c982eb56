using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;

namespace OncologyBilling.Api.IntegrationTests.Support;

/// <summary>Assertions on RFC 9457 problem responses.</summary>
public static class Problems
{
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(status, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", text);
        var problem = JsonNode.Parse(text)!.AsObject();
        ((int?)problem["status"]).Should().Be((int)status, text);
        ((string?)problem["title"]).Should().NotBeNullOrWhiteSpace(text);
        return problem;
    }

    /// <summary>A 400 whose errors object holds exactly the expected JSON path keys.</summary>
    public static async Task<JsonObject> ShouldBeValidationProblemAsync(this HttpResponseMessage response, params string[] keys)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        errors.Select(e => e.Key).Should().BeEquivalentTo(keys, problem.ToJsonString());
        errors.SelectMany(e => e.Value!.AsArray()).Should().AllSatisfy(m => ((string?)m).Should().NotBeNullOrWhiteSpace());
        return problem;
    }

    /// <summary>A 400 with an error on <paramref name="key"/> whose message says <paramref name="says"/> (other keys may be there too).</summary>
    public static async Task<JsonObject> ShouldHaveErrorAsync(this HttpResponseMessage response, string key, string says)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var messages = problem["errors"]?[key]?.AsArray().Select(m => (string?)m).ToArray();
        messages.Should().NotBeNull(problem.ToJsonString());
        messages.Should().Contain(m => m!.Contains(says, StringComparison.OrdinalIgnoreCase), problem.ToJsonString());
        return problem;
    }
}
