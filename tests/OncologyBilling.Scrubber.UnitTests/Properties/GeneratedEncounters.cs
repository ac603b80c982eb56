using CsCheck;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.UnitTests.Builders;

namespace OncologyBilling.Scrubber.UnitTests.Properties;

/// <summary>One generated administration: a catalog drug, a route it is given by, a start (minutes after 08:00) and a length.</summary>
internal sealed record AdministrationSpec(string Drug, AdministrationRoute Route, int StartMinute, int Minutes, string? Site);

/// <summary>Generators of encounters over a small pool of real catalog drugs, and how to scrub them.</summary>
internal static class GeneratedEncounters
{
    private static readonly (string Drug, AdministrationRoute[] Routes)[] Pool =
    [
        ("paclitaxel", [AdministrationRoute.IvInfusion, AdministrationRoute.IvPush]),
        ("carboplatin", [AdministrationRoute.IvInfusion]),
        ("vincristine", [AdministrationRoute.IvPush]),
        ("bortezomib", [AdministrationRoute.Subcutaneous]),
        ("Eligard", [AdministrationRoute.Subcutaneous]),
        ("ondansetron", [AdministrationRoute.IvPush, AdministrationRoute.IvInfusion]),
        ("iron sucrose", [AdministrationRoute.IvInfusion]),
        ("famotidine", [AdministrationRoute.IvPush, AdministrationRoute.IvInfusion]),
        ("pegfilgrastim", [AdministrationRoute.Subcutaneous, AdministrationRoute.OnBodyInjector]),
        ("normal saline", [AdministrationRoute.IvInfusion]),
    ];

    private static readonly string?[] Sites = [null, "A", "B"];

    public static Gen<AdministrationSpec> Administration { get; } =
        Gen.Select(Gen.Int[0, Pool.Length - 1], Gen.Int[0, 1], Gen.Int[0, 600], Gen.Int[1, 300], Gen.Int[0, Sites.Length - 1],
            (drug, route, start, minutes, site) => new AdministrationSpec(Pool[drug].Drug, Pool[drug].Routes[route % Pool[drug].Routes.Length], start, minutes, Sites[site]));

    public static Gen<AdministrationSpec[]> Administrations { get; } = Administration.Array[1, 6];

    public static Gen<CareSetting> Setting { get; } = Gen.Int[0, 1].Select(i => i == 0 ? CareSetting.Office : CareSetting.HospitalOutpatient);

    /// <summary>Scrubs the specs in the order given; <paramref name="idOf"/> names each one (default: its position).</summary>
    public static ScrubContext Scrub(CareSetting setting, IReadOnlyList<AdministrationSpec> specs, Func<AdministrationSpec, int, int>? idOf = null)
    {
        var builder = new EncounterBuilder(setting);
        foreach (var (spec, i) in specs.Select((s, i) => (s, i)))
        {
            var start = EncounterBuilder.At(8).AddMinutes(spec.StartMinute);
            DateTimeOffset? end = spec.Route == AdministrationRoute.IvInfusion ? start.AddMinutes(spec.Minutes) : null;
            builder.Add(spec.Drug, spec.Route, start, end, spec.Site, id: $"id{(idOf is null ? i : idOf(spec, i))}");
        }

        return builder.Run();
    }

    /// <summary>Administration lines in claim order, comparable across runs (administrationIds as a sorted set).</summary>
    public static string[] Lines(ScrubContext context) =>
    [
        .. context.Lines.Where(l => l.Kind == LineKind.Administration)
            .OrderBy(l => l.Category switch { DrugCategory.Chemotherapy or DrugCategory.HormonalAntineoplastic => 0, DrugCategory.Therapeutic => 1, _ => 2 })
            .ThenBy(l => l.SortKey)
            .Select(l => $"{l.Code}-{string.Join('-', l.Modifiers)} x{l.Units} {l.Minutes} [{string.Join(',', l.AdministrationIds.Order(StringComparer.Ordinal))}] {l.ServiceDate} {string.Join(',', l.RuleIds.Order(StringComparer.Ordinal))}"),
    ];
}
