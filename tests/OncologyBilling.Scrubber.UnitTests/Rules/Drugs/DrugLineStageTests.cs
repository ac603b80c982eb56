using FluentAssertions;
using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.Rules.Diagnoses;
using OncologyBilling.Scrubber.Rules.Drugs;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Drugs;

public sealed class DrugLineStageTests
{
    private static readonly ReferenceDataSet Data = ReferenceDataSet.Shipped;

    [Fact]
    public void Apply_UnknownDrug_AddsNoLine()
    {
        var context = Context(Administration("J9999", 10, []), drug: null);

        new DrugLineStage().Apply(context);

        context.Lines.Should().BeEmpty();
    }

    [Fact]
    public void Apply_SingleDoseDrugWithoutVials_WarnsInp04Once()
    {
        // Pembrolizumab is catalogued single-dose; with no vials sent JW/JZ cannot be decided (INP-04).
        var context = Context(Administration("J9271", 200, []), Data.Drugs.FindByCode("J9271", new DateOnly(2026, 3, 2)));

        new DrugLineStage().Apply(context);

        context.Findings.Should().ContainSingle(f => f.Finding.RuleId == "INP-04" && f.Finding.Path == "administrations[0].vials");
        context.Lines.Should().ContainSingle(l => l.Code == "J9271" && l.Units == 200 && l.Modifiers.Count == 0);
    }

    [Fact]
    public void Apply_Esa_WarnsForEaEbEc()
    {
        // J0885 epoetin alfa, 1000 units; the drug facts table flags it as an ESA (DRG-ESA-01).
        var epoetin = new DrugRow { Hcpcs = "J0885", Generic = "epoetin alfa", BillingUnit = new BillingUnit(1000, DoseUnit.Units), Category = DrugCategory.Therapeutic, Container = ContainerType.MultipleDose };
        var context = Context(Administration("J0885", 40000, [], DoseUnit.Units), epoetin);

        new DrugLineStage().Apply(context);

        context.Lines.Should().ContainSingle(l => l.Code == "J0885" && l.Units == 40);
        context.Findings.Select(f => f.Finding.RuleId).Should().Contain("DRG-ESA-01");
    }

    [Fact]
    public void Apply_JwLine_FollowsItsDrugLine()
    {
        var pembro = Data.Drugs.FindByCode("J9271", new DateOnly(2026, 3, 2))!;
        var context = Context(Administration("J9271", 156, [new VialUse(new Quantity(100, DoseUnit.Mg), 2, true)]) with { Wasted = new Quantity(44, DoseUnit.Mg) }, pembro);

        new DrugLineStage().Apply(context);

        context.Lines.Select(l => (l.Code, l.Units, string.Join('-', l.Modifiers), l.SortKey)).Should().Equal(("J9271", 156, string.Empty, 0), ("J9271", 44, "JW", 1));
    }

    [Fact]
    public void Apply_SameDrugTwice_OneLineCoveringBothAdministrations()
    {
        // coding-rules.md §9.3 E3 and DRG-UNIT-01: 5-FU push 720 mg + pump 4,320 mg, J9190 = 500 mg: the day's total
        // 5,040 ÷ 500 = 10.08 → 11 on one line, which covers both administrations (the line used to name only the first).
        var fluorouracil = Data.Drugs.FindByCode("J9190", new DateOnly(2026, 3, 2))!;
        var bulk = new VialUse(new Quantity(5000, DoseUnit.Mg), 1, false);
        var push = Administration("J9190", 720, [bulk]) with { Id = "fp" };
        var pump = Administration("J9190", 4320, [bulk]) with { Index = 1, Id = "fi" };
        var context = Context(push, fluorouracil);
        context.Administrations.Add(new ClassifiedAdministration(pump, fluorouracil, fluorouracil.Category, Technique.Infusion));

        new DrugLineStage().Apply(context);

        var line = context.Lines.Should().ContainSingle().Subject;
        (line.Code, line.Units).Should().Be(("J9190", 11));
        line.AdministrationIds.Should().Equal("fp", "fi");
        line.AdministrationIndexes.Should().Equal(0, 1);
    }

    [Fact]
    public void Apply_SplitDose_RoundsTheDaysTotalOnceAndJwFromTheDaysWaste()
    {
        // DRG-UNIT-01 (CMS Claims Processing Manual ch. 17 §§10, 40): gemcitabine J9201 (200 mg) 1,250 mg twice, each from
        // 1 g + 2 × 200 mg single-dose vials with 150 mg discarded: 2,500 ÷ 200 = 12.5 → 13 (not 7 + 7 = 14);
        // JW = min(floor(300 ÷ 200), floor(2,800 ÷ 200) − 13) = min(1, 1) = 1 (DRG-WASTE-03, rounded down once).
        var gemcitabine = Data.Drugs.FindByCode("J9201", new DateOnly(2026, 3, 2))!;
        VialUse[] vials = [new(new Quantity(1000, DoseUnit.Mg), 1, true), new(new Quantity(200, DoseUnit.Mg), 2, true)];
        var first = Administration("J9201", 1250, vials) with { Id = "g1", Wasted = new Quantity(150, DoseUnit.Mg) };
        var second = first with { Index = 1, Id = "g2", Start = first.Start.AddHours(4), End = first.End!.Value.AddHours(4) };
        var context = Context(first, gemcitabine);
        context.Administrations.Add(new ClassifiedAdministration(second, gemcitabine, gemcitabine.Category, Technique.Infusion));

        new DrugLineStage().Apply(context);

        context.Lines.Select(l => (l.Code, l.Units, string.Join('-', l.Modifiers))).Should().Equal(("J9201", 13, string.Empty), ("J9201", 1, "JW"));
        context.Lines[0].Explanation.Should().Contain("1250 mg (g1) + 1250 mg (g2) = 2500 mg ÷ 200 mg = 12.5 → 13 units");
    }

    [Fact]
    public void Pointers_AntineoplasticLine_PointsToTheMalignancyBeyondFour()
    {
        var context = Context(Administration("J9271", 200, []), Data.Drugs.FindByCode("J9271", new DateOnly(2026, 3, 2)));
        context.Diagnoses.Clear();
        context.Diagnoses.AddRange(["Z51.12", "E86.0", "D64.81", "R11.0", "C34.90"]);
        context.Lines.Add(new ClaimLine { Kind = LineKind.Drug, Code = "J9271", Units = 200, Category = DrugCategory.Chemotherapy, Explanation = "x" });

        new DiagnosisPointerStage().Apply(context);

        context.Lines[0].DiagnosisPointers.Should().Equal(1, 2, 3, 5);
    }

    private static Model.Administration Administration(string hcpcs, decimal dose, IReadOnlyList<VialUse> vials, DoseUnit unit = DoseUnit.Mg) => new()
    {
        Index = 0,
        Drug = new DrugReference(hcpcs, null, null),
        Route = AdministrationRoute.IvInfusion,
        Start = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(-5)),
        End = new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.FromHours(-5)),
        Dose = new Quantity(dose, unit),
        Vials = vials,
    };

    private static ScrubContext Context(Model.Administration administration, DrugRow? drug)
    {
        var encounter = new Encounter { EncounterId = "TEST", Setting = CareSetting.Office, DateOfService = new DateOnly(2026, 3, 2), Diagnoses = ["C34.90"], Administrations = [administration] };
        var context = new ScrubContext(encounter, Data, new ScrubberOptions());
        context.Administrations.Add(new ClassifiedAdministration(administration, drug, drug?.Category, Technique.Infusion));
        return context;
    }
}
