using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.UnitTests.Pipeline;

public sealed class StageRuleListTests
{
    internal static IReadOnlyList<IScrubStage> RegisteredStages() =>
        [.. new ServiceCollection().AddClaimScrubber().BuildServiceProvider().GetServices<IScrubStage>()];

    [Fact]
    public void From_RegisteredStages_EveryRuleIsInTheCatalogOnce()
    {
        var rules = StageRuleList.From(RegisteredStages());

        rules.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        rules.Should().OnlyContain(r => RuleCatalog.Get(r.Id) == r);
        rules.Select(r => r.Id).Should().Contain(["ADM-INIT-01", "ADM-TIME-02", "ADM-CONC-01", "SET-04", "CLS-06", "INP-03", "CODE-FIX-01", "NCCI-05"]);
    }

    [Fact]
    public void From_OrdersByFamilyInPipelineOrderThenId()
    {
        var rules = StageRuleList.From(RegisteredStages());

        rules.Select(r => r.Family).Distinct().Should().StartWith([RuleFamilies.Input, RuleFamilies.Setting, RuleFamilies.Classification, RuleFamilies.Administration]);
        rules.Where(r => r.Family == RuleFamilies.Administration).Select(r => r.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }
}
