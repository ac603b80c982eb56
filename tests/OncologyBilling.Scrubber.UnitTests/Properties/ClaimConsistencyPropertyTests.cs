using CsCheck;
using FluentAssertions;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.UnitTests.Builders;

namespace OncologyBilling.Scrubber.UnitTests.Properties;

/// <summary>
/// Issue 11 item 4, over generated encounters scrubbed by every stage with the PTP extract: the engine never returns a
/// line its own edits reject: no error finding names a line the engine produced, every add-on has a primary on the claim (NCCI-02 never
/// fires for the engine's own add-ons), and no pair of returned lines is one the PTP table denies.
/// </summary>
public sealed class ClaimConsistencyPropertyTests
{
    private static readonly (string Drug, AdministrationRoute Route, bool Pump)[] Pool =
    [
        ("paclitaxel", AdministrationRoute.IvInfusion, false), ("carboplatin", AdministrationRoute.IvInfusion, false),
        ("fluorouracil", AdministrationRoute.IvPush, false), ("fluorouracil", AdministrationRoute.IvInfusion, true),
        ("vincristine", AdministrationRoute.IvPush, false), ("bortezomib", AdministrationRoute.Subcutaneous, false),
        ("Eligard", AdministrationRoute.Subcutaneous, false), ("ondansetron", AdministrationRoute.IvPush, false),
        ("ondansetron", AdministrationRoute.IvInfusion, false), ("iron sucrose", AdministrationRoute.IvInfusion, false),
        ("denosumab", AdministrationRoute.Subcutaneous, false), ("pegfilgrastim", AdministrationRoute.OnBodyInjector, false),
        ("normal saline", AdministrationRoute.IvInfusion, false),
    ];

    private static readonly string?[] Sites = [null, "port", "left arm"];
    private static readonly (string Code, string[] Modifiers)[] Services =
    [
        ("96523", []), ("36591", []), ("99211", []), ("99213", ["25"]), ("99214", []), ("G0498", []), ("96360", []), ("96360", ["59"]), ("96372", []),
    ];

    private static readonly Gen<(int Drug, int Start, int Minutes, int Site, bool Separate)> Administration =
        Gen.Select(Gen.Int[0, Pool.Length - 1], Gen.Int[0, 480], Gen.Int[1, 3000], Gen.Int[0, Sites.Length - 1], Gen.Bool);

    private static readonly Gen<Encounter> Encounters =
        Gen.Select(Gen.Bool, Administration.Array[1, 6], Gen.Int[0, Services.Length - 1].Array[0, 3])
            .Select((office, administrations, services) =>
            {
                var builder = new EncounterBuilder(office ? CareSetting.Office : CareSetting.HospitalOutpatient);
                foreach (var (drug, start, minutes, site, separate) in administrations)
                {
                    var (name, route, pump) = Pool[drug];
                    var at = EncounterBuilder.At(8).AddMinutes(start);
                    var length = pump ? 481 + minutes : route == AdministrationRoute.IvInfusion ? minutes % 240 + 1 : 0;
                    var isIv = route is AdministrationRoute.IvInfusion or AdministrationRoute.IvPush;
                    builder.Add(name, route, at, route == AdministrationRoute.IvInfusion ? at.AddMinutes(length) : null, Sites[site], pump: pump,
                        separate: separate && isIv && Sites[site] is not null);
                }

                foreach (var i in services)
                {
                    builder.Service(Services[i].Code, Services[i].Modifiers);
                }

                return builder.Build();
            });

    private static readonly Gen<ScrubberOptions> Options = Gen.Int[0, 2].Select(i => i switch
    {
        0 => new ScrubberOptions(),
        1 => new ScrubberOptions { SecondSiteModifierByPayer = { [PayerType.Medicare] = "XU" } },
        _ => new ScrubberOptions { OfficeSecondSiteInitial = true },
    });

    [Fact]
    public void Scrub_AnyEncounter_NoErrorFindingNamesALineTheEngineProduced() =>
        Gen.Select(Encounters, Options).Sample((encounter, options) =>
        {
            // Administration and drug lines are the engine's; service lines are codes the client sent.
            var result = FullPipeline.Scrub(encounter, options);
            var engine = result.Lines.Where(l => l.Line.Kind != LineKind.Service).Select(l => l.Number).ToHashSet();

            result.Findings.Where(f => f.Severity == FindingSeverity.Error && f.Line is { } line && engine.Contains(line)).Should().BeEmpty();
        });

    [Fact]
    public void Scrub_AnyEncounter_EveryAddOnHasItsPrimaryAndNoEngineAddOnIsRemoved() =>
        Gen.Select(Encounters, Options).Sample((encounter, options) =>
        {
            var result = FullPipeline.Scrub(encounter, options);
            var codes = result.Lines.Select(l => l.Line.Code).ToHashSet(StringComparer.Ordinal);

            result.Lines.Where(l => PtpExtract.Data.AddOns.Find(l.Line.Code) is { } addOn && !addOn.Primaries.Any(codes.Contains)).Should().BeEmpty();
            result.Findings.Where(f => f.RuleId == "NCCI-02" && f.Path?.StartsWith("services", StringComparison.Ordinal) != true).Should().BeEmpty();
        });

    [Fact]
    public void Scrub_AnyEncounter_NoReturnedPairIsOneThePtpTableDenies() =>
        Gen.Select(Encounters, Options).Sample((encounter, options) =>
        {
            var result = FullPipeline.Scrub(encounter, options);
            var table = encounter.Setting == CareSetting.Office ? PtpExtract.Tables.Practitioner : PtpExtract.Tables.Hospital;
            string[] bypass = ["59", "XE", "XP", "XS", "XU"];
            var denied =
                from c1 in result.Lines
                from c2 in result.Lines
                where c1 != c2 && (c1.Line.ServiceDate ?? result.DateOfService) == (c2.Line.ServiceDate ?? result.DateOfService)
                let edit = table.Find(c1.Line.Code, c2.Line.Code, c2.Line.ServiceDate ?? result.DateOfService)
                where edit is { ModifierIndicator: 0 } || (edit is { ModifierIndicator: 1 } && !c2.Line.Modifiers.Any(bypass.Contains) && !IsEm(c2.Line.Code))
                select $"{c1.Line.Code}/{c2.Line.Code}";

            denied.Should().BeEmpty();
        });

    // E/M beside drug administration is decided by EM-01…04 (modifier 25 required, or an error that asks for it).
    private static bool IsEm(string code) => code is "99211" or "99212" or "99213" or "99214" or "99215";
}
