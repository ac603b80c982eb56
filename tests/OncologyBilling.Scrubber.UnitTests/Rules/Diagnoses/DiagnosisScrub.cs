using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.Rules.Administration;
using OncologyBilling.Scrubber.Rules.Diagnoses;
using OncologyBilling.Scrubber.UnitTests.Builders;

namespace OncologyBilling.Scrubber.UnitTests.Rules.Diagnoses;

/// <summary>Runs classification and the diagnosis stages over an obviously fake encounter on 2026-03-02.</summary>
internal static class DiagnosisScrub
{
    public static ScrubContext Run(string[] diagnoses, EncounterReason? reason = null, params (string Drug, AdministrationRoute Route, decimal Dose, DoseUnit Unit)[] given)
    {
        var start = EncounterBuilder.At(9);
        var administrations = given.Select((g, i) => new Model.Administration
        {
            Index = i, Id = $"a{i + 1}", Drug = new DrugReference(null, g.Drug, null), Route = g.Route, Start = start,
            End = g.Route == AdministrationRoute.IvInfusion ? start.AddMinutes(60) : null, Dose = new Quantity(g.Dose, g.Unit),
        }).ToArray();
        var encounter = new Encounter
        {
            EncounterId = "TEST-DX", Setting = CareSetting.Office, DateOfService = new DateOnly(2026, 3, 2), Diagnoses = diagnoses,
            Administrations = administrations, Reason = reason,
        };
        var context = new ScrubContext(encounter, ReferenceDataFixture.Data, new ScrubberOptions());
        IScrubStage[] stages = [new ClassifyAdministrationsStage(), new HormonalWithoutNeoplasmStage(), new DiagnosisSequencingStage()];
        foreach (var stage in stages)
        {
            context.Run(stage);
        }

        return context;
    }

    public static (string Drug, AdministrationRoute Route, decimal Dose, DoseUnit Unit) Saline => ("normal saline", AdministrationRoute.IvInfusion, 1000, DoseUnit.ML);

    public static (string Drug, AdministrationRoute Route, decimal Dose, DoseUnit Unit) Paclitaxel => ("paclitaxel", AdministrationRoute.IvInfusion, 175, DoseUnit.Mg);

    public static (string Drug, AdministrationRoute Route, decimal Dose, DoseUnit Unit) Epoetin => ("epoetin alfa", AdministrationRoute.Subcutaneous, 40000, DoseUnit.Units);

    public static (string Drug, AdministrationRoute Route, decimal Dose, DoseUnit Unit) Ondansetron => ("ondansetron", AdministrationRoute.IvPush, 8, DoseUnit.Mg);

    public static IEnumerable<string> RuleIds(this ScrubContext context) => context.Findings.Select(f => f.Finding.RuleId);
}
