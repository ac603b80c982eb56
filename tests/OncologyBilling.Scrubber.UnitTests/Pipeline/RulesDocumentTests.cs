using System.Text;
using FluentAssertions;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Tests;

namespace OncologyBilling.Scrubber.UnitTests.Pipeline;

/// <summary>
/// docs/rules.md is generated from the registered stages' rule lists (the same list GET /api/v1/rules serves).
/// This test regenerates it; when the committed file differs it is rewritten and the test fails, so review and commit it.
/// </summary>
public sealed class RulesDocumentTests
{
    [Fact]
    public void RulesDocument_MatchesRegisteredStages()
    {
        var path = RepositoryRoot.Combine("docs", "rules.md");
        var expected = Render(StageRuleList.From(StageRuleListTests.RegisteredStages()));
        var committed = File.Exists(path) ? File.ReadAllText(path) : string.Empty;

        if (committed != expected)
        {
            File.WriteAllText(path, expected);
        }

        committed.Should().Be(expected, "docs/rules.md was out of date and has been regenerated: review the diff and commit it");
    }

    internal static string Render(IReadOnlyList<RuleDefinition> rules)
    {
        var text = new StringBuilder()
            .AppendLine("# Rule catalog")
            .AppendLine()
            .AppendLine("<!-- Generated from the scrubber's registered stages (their `Rules` lists); do not edit by hand. -->")
            .AppendLine("<!-- To refresh: run `dotnet test` (RulesDocumentTests rewrites this file when it differs and fails once), review, commit. -->")
            .AppendLine()
            .AppendLine("The rules the scrubber implements, with ids from `coding-rules.md`; `GET /api/v1/rules` serves the same list.")
            .AppendLine($"Severity is the rule's documented severity; a finding that explains a correction the engine made itself is reported as info or warning, never error (status semantics: docs/architecture.md, Contract). {rules.Count} rules.");
        foreach (var family in rules.GroupBy(r => r.Family))
        {
            text.AppendLine().AppendLine($"## {family.Key}").AppendLine().AppendLine("| Id | Severity | Summary | Source |").AppendLine("| --- | --- | --- | --- |");
            foreach (var rule in family)
            {
                text.AppendLine($"| {rule.Id} | {rule.Severity.ToString().ToLowerInvariant()} | {rule.Summary.Replace("|", "\\|", StringComparison.Ordinal)} | {rule.Source} |");
            }
        }

        return text.ToString().ReplaceLineEndings("\n");
    }
}
