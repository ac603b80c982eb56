using FluentAssertions;
using OncologyBilling.Scrubber.UnitTests.Builders;
using static OncologyBilling.Scrubber.UnitTests.Builders.EncounterBuilder;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Administration;

public sealed class ClassifyAdministrationsStageTests
{
    [Fact]
    public void Apply_BrandName_ResolvesToCatalogRowAndCategory()
    {
        var context = new EncounterBuilder().Infusion("Keytruda", At(9), 30).Run(lastStage: "classify-administrations");

        context.Administrations.Should().ContainSingle().Which.Drug!.Hcpcs.Should().Be("J9271");
        context.Administrations[0].Category.Should().Be(DrugCategory.Chemotherapy);
    }

    [Fact]
    public void Apply_UnknownDrug_ErrorAndLeavesCategoryEmpty()
    {
        var context = new EncounterBuilder().Infusion("zz-unlisted", At(9), 30).Run(lastStage: "classify-administrations");

        context.Administrations[0].Category.Should().BeNull();
        context.Findings.Should().ContainSingle(f => f.Finding.RuleId == "CLS-00" && f.Finding.Path == "administrations[0].drug.name"
            && f.Finding.Severity == Findings.FindingSeverity.Error && f.Finding.Message.Contains("no catalog name is close"));
    }

    [Fact]
    public void Apply_DocumentedCategory_OverridesCatalog()
    {
        var context = new EncounterBuilder().Infusion("rituximab", At(9), 60, category: DrugCategory.Therapeutic).Run(lastStage: "classify-administrations");

        context.Administrations[0].Category.Should().Be(DrugCategory.Therapeutic);
        LineText.FindingIds(context).Should().Contain("CLS-06");
    }
}
