using FluentAssertions;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.Rules.Administration;
using OncologyBilling.Scrubber.UnitTests.Builders;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Drugs;

/// <summary>Issue 11 items 2 and 3: names resolve in any case with salt words optional, or fail loudly; codes reach the HCPCS universe.</summary>
public sealed class DrugResolverTests
{
    [Theory]
    [InlineData("GEMCITABINE HCL", "J9201")]
    [InlineData("gemcitabine hydrochloride", "J9201")]
    [InlineData("Vincristine", "J9370")]
    [InlineData("leucovorin", "J0640")]
    [InlineData("ondansetron", "J2405")]
    [InlineData("privigen", "J1459")]
    [InlineData("Remicade", "J1745")]
    public void Resolve_NameInAnyCaseWithOrWithoutSalt_FindsTheCatalogRow(string name, string hcpcs)
    {
        var context = Classify(new DrugReference(null, name, null));

        context.Administrations[0].Drug!.Hcpcs.Should().Be(hcpcs);
        context.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Resolve_MisspelledName_ErrorOffersTheClosestCatalogNameWithItsCode()
    {
        var context = Classify(new DrugReference(null, "pembrolizumap", null));

        context.Administrations[0].Drug.Should().BeNull();
        context.Administrations[0].Category.Should().BeNull();
        var finding = context.Findings.Should().ContainSingle().Subject.Finding;
        (finding.RuleId, finding.Severity, finding.Path).Should().Be(("CLS-00", FindingSeverity.Error, "administrations[0].drug.name"));
        finding.Message.Should().Contain("did you mean pembrolizumab (J9271)?").And.Contain("No drug is substituted");
    }

    [Fact]
    public void Resolve_NameOfSeveralProducts_ErrorListsThemAndPicksNone()
    {
        // Solu-Medrol (J2919, sodium succinate) and Depo-Medrol (J1010, acetate) are both "methylprednisolone" once salts are ignored.
        var context = Classify(new DrugReference(null, "methylprednisolone", null));

        context.Administrations[0].Drug.Should().BeNull();
        var finding = context.Findings.Should().ContainSingle().Subject.Finding;
        (finding.RuleId, finding.Severity, finding.Path).Should().Be(("CLS-11", FindingSeverity.Error, "administrations[0].drug.name"));
        finding.Message.Should().Contain("J2919").And.Contain("J1010");
    }

    [Fact]
    public void Resolve_ActiveCodeOutsideTheCatalog_OfficialUnitAndCategoryRequired()
    {
        // J1580 gentamicin is active in HCPCS Oct 2025 and not curated: ASP Jan 2026 dosage "80 MG" is its unit (DRG-CODE-05).
        var context = Classify(new DrugReference("J1580", null, null));

        var drug = context.Administrations[0].Drug!;
        (drug.Curated, drug.BillingUnit.Amount, drug.BillingUnit.Unit).Should().Be((false, 80m, DoseUnit.Mg));
        context.Administrations[0].Category.Should().BeNull();
        context.Findings.Select(f => (f.Finding.RuleId, f.Finding.Path)).Should().Equal(("DRG-CODE-05", "administrations[0].drug.hcpcs"), ("CLS-12", "administrations[0].category"));
        context.Findings[1].Finding.Severity.Should().Be(FindingSeverity.Error);
    }

    [Fact]
    public void Resolve_ActiveCodeOutsideTheCatalogWithCategory_Classified()
    {
        var context = Classify(new DrugReference("J1580", null, null), DrugCategory.Therapeutic);

        context.Administrations[0].Category.Should().Be(DrugCategory.Therapeutic);
        context.Findings.Select(f => f.Finding.RuleId).Should().Equal("DRG-CODE-05");
    }

    [Theory]
    [InlineData("J3370", "not active on 2026-03-02")]
    [InlineData("J9998", "is not a code of the HCPCS Level II file")]
    public void Resolve_CodeNotBillable_Error(string hcpcs, string reason)
    {
        var context = Classify(new DrugReference(hcpcs, null, null));

        context.Administrations[0].Drug.Should().BeNull();
        var finding = context.Findings.Should().ContainSingle().Subject.Finding;
        (finding.RuleId, finding.Severity, finding.Path).Should().Be(("DRG-CODE-06", FindingSeverity.Error, "administrations[0].drug.hcpcs"));
        finding.Message.Should().Contain(reason);
    }

    private static ScrubContext Classify(DrugReference drug, DrugCategory? category = null)
    {
        var administration = new Model.Administration
        {
            Index = 0, Drug = drug, Route = AdministrationRoute.IvInfusion, Start = EncounterBuilder.At(9), End = EncounterBuilder.At(10),
            Dose = new Quantity(100, DoseUnit.Mg), Category = category,
        };
        var encounter = new Encounter { EncounterId = "TEST", Setting = CareSetting.Office, DateOfService = new DateOnly(2026, 3, 2), Diagnoses = ["C50.911"], Administrations = [administration] };
        var context = new ScrubContext(encounter, ReferenceDataFixture.Data, new ScrubberOptions());
        new ClassifyAdministrationsStage().Apply(context);
        return context;
    }
}
