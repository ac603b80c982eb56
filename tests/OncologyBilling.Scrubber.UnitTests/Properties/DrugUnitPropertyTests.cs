using CsCheck;
using FluentAssertions;
using OncologyBilling.Scrubber.Rules.Administration;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.Rules.Drugs;
using OncologyBilling.Scrubber.UnitTests.Builders;

namespace OncologyBilling.Scrubber.UnitTests.Properties;

/// <summary>
/// DRG-UNIT-01 over generated split doses: whatever the number of administrations, their doses, NDCs and containers,
/// a code's administered units on a day never exceed ceil(the day's total ÷ billing unit) (at least 1), and, when all
/// came from documented single-dose containers, administered plus JW units never exceed the larger of that and the
/// labelled total in units.
/// </summary>
public sealed class DrugUnitPropertyTests
{
    private static readonly DateOnly Date = new(2026, 3, 2);
    private static readonly string[] Codes = ["J9201", "J9271", "J9190", "J1200", "J2405", "J0640", "J1626"];
    private static readonly string?[] Ndcs = [null, "00000-0000-01", "00000-0000-02"];

    private static readonly Gen<Model.Administration> Dose =
        Gen.Select(Gen.Int[0, Codes.Length - 1], Gen.Int[1, 300_000], Gen.Int[0, Ndcs.Length - 1], Gen.Int[0, 3], Gen.Int[0, 2],
            (code, centi, ndc, vials, hour) => new Model.Administration
            {
                Index = 0, Drug = new DrugReference(Codes[code], null, Ndcs[ndc]), Route = AdministrationRoute.IvPush,
                Start = EncounterBuilder.At(8 + (3 * hour)), Dose = new Quantity(centi / 100m, DoseUnit.Mg),
                Vials = vials == 0 ? [] : [new VialUse(new Quantity(Math.Max(1, centi / 100m) + (vials * 37), DoseUnit.Mg), 1, vials < 3)],
                Wasted = vials is 1 or 2 ? new Quantity(vials * 37, DoseUnit.Mg) : null,
            });

    [Fact]
    public void DrugLines_AnySplitDoses_UnitsNeverExceedTheDaysRoundedTotal() =>
        Gen.Select(Dose.Array[1, 5], Gen.Int[0, 1]).Sample((doses, setting) =>
        {
            var context = Run(doses, setting == 0 ? CareSetting.Office : CareSetting.HospitalOutpatient);

            foreach (var code in context.Lines.Select(l => l.Code).Distinct())
            {
                var billing = context.ReferenceData.Drugs.FindByCode(code, Date)!.BillingUnit;
                var unit = billing.Amount;
                decimal InUnit(decimal mg) => DoseConverter.ToUnit(mg, DoseUnit.Mg, billing.Unit)!.Value;
                var total = doses.Where(d => d.Drug.Hcpcs == code).Sum(d => Math.Round(InUnit(d.Dose!.Amount), 3));
                var ceiling = Math.Max(1, (int)decimal.Ceiling(Math.Round(total, 3) / unit));
                var lines = context.Lines.Where(l => l.Code == code).ToArray();
                lines.Where(l => !l.Modifiers.Contains("JW")).Sum(l => l.Units).Should().BeLessThanOrEqualTo(ceiling, $"{code}: total {total} ÷ {unit}");
                var given = doses.Where(d => d.Drug.Hcpcs == code).ToArray();
                if (!given.All(d => d.Vials.Count > 0 && d.Vials.All(v => v.SingleDose)))
                {
                    continue;
                }

                var labeled = given.Sum(d => d.Vials.Sum(v => InUnit(v.Size.Amount) * v.Count));
                lines.Sum(l => l.Units).Should().BeLessThanOrEqualTo(Math.Max(ceiling, (int)decimal.Floor(labeled / unit)), $"{code}: administered + JW");
            }
        });

    private static ScrubContext Run(Model.Administration[] doses, CareSetting setting)
    {
        var indexed = doses.Select((d, i) => d with { Index = i, Id = $"d{i}" }).ToArray();
        var encounter = new Encounter { EncounterId = "TEST", Setting = setting, DateOfService = Date, Diagnoses = ["C34.90"], Administrations = indexed };
        var context = new ScrubContext(encounter, ReferenceDataFixture.Data, new ScrubberOptions());
        new ClassifyAdministrationsStage().Apply(context);
        new DrugLineStage().Apply(context);
        return context;
    }
}
