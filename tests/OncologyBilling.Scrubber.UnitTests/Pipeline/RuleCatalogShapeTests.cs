using System.Reflection;
using FluentAssertions;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Findings.Messages;

namespace OncologyBilling.Scrubber.UnitTests.Pipeline;

/// <summary>One rule id, one name, one place: each rule is one field named after its id, in the catalog of its family.</summary>
public sealed class RuleCatalogShapeTests
{
    private static IEnumerable<(Type Catalog, FieldInfo Field, RuleDefinition Rule)> Definitions() =>
        typeof(RuleDefinition).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(InputRules).Namespace && t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(RuleDefinition))
                .Select(f => (t, f, (RuleDefinition)f.GetValue(null)!)));

    [Fact]
    public void Definitions_NameFollowsTheId()
    {
        foreach (var (_, field, rule) in Definitions())
        {
            var expected = string.Concat(rule.Id.Split('-').Select(p => char.IsAsciiDigit(p[0]) ? p : p[0] + p[1..].ToLowerInvariant()));
            field.Name.Should().Be(expected, $"{rule.Id} is named after its id");
        }
    }

    [Fact]
    public void Definitions_OneCatalogPerFamily_EachListedInAllAndTheRuleCatalog()
    {
        var definitions = Definitions().ToArray();

        definitions.GroupBy(d => d.Rule.Family).Should().OnlyContain(g => g.Select(d => d.Catalog).Distinct().Count() == 1);
        definitions.Select(d => d.Rule.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(RuleCatalog.All.Select(r => r.Id));
    }

    [Fact]
    public void MessageCatalog_WordsAreForCatalogRules_OncePerRule()
    {
        MessageCatalog.All.Select(w => w.Rule.Id).Should().OnlyHaveUniqueItems();
        MessageCatalog.All.Should().OnlyContain(w => RuleCatalog.Get(w.Rule.Id) == w.Rule);
        MessageCatalog.All.Should().OnlyContain(w => w.Finding != null || w.Detail != null, "a rule's words say something");
    }
}
