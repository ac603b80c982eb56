using Microsoft.AspNetCore.Http.HttpResults;
using OncologyBilling.Api.Contracts;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Api.Endpoints;

/// <summary>GET /api/v1/rules: the rule catalog generated from the registered stages' own rule lists.</summary>
internal static class RuleEndpoints
{
    public static IEndpointRouteBuilder MapRuleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/rules").WithTags("Rules")
            .MapGet("/", ListRules)
            .WithName(nameof(ListRules))
            .WithSummary("The rule catalog: every rule the scrubber's stages implement")
            .WithDescription("Id, family, severity, summary and source of each rule, by family in pipeline order and then by id; docs/rules.md is generated from the same list.");
        return app;
    }

    private static Ok<RuleOutput[]> ListRules(ClaimScrubber scrubber) =>
        TypedResults.Ok(StageRuleList.From(scrubber.Stages)
            .Select(r => new RuleOutput { Id = r.Id, Family = r.Family, Severity = r.Severity, Summary = r.Summary, Source = r.Source })
            .ToArray());
}
