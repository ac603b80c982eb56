using CsCheck;
using FluentAssertions;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using static OncologyBilling.Scrubber.UnitTests.Properties.GeneratedEncounters;

namespace OncologyBilling.Scrubber.UnitTests.Properties;

public sealed class AdministrationPropertyTests
{
    [Fact]
    public void Scrub_AnyEncounter_AtMostOneInitialPerEncounterOrAccessSite() =>
        Gen.Select(Setting, Administrations).Sample((setting, specs) =>
        {
            var context = Scrub(setting, specs);

            var initials = context.Lines.Count(l => l.Kind == LineKind.Administration && l.RuleIds.Contains("ADM-INIT-01"));
            var allowed = setting == CareSetting.Office ? 1 : Math.Max(1, specs.Select(s => s.Site).OfType<string>().Distinct().Count());
            initials.Should().BeLessThanOrEqualTo(allowed);
        });

    [Fact]
    public void Scrub_ReorderedAdministrations_SameLines() =>
        Gen.Select(Setting, Administrations).SelectMany((setting, specs) => Gen.Shuffle(specs.ToArray()).Select(shuffled => (setting, specs, shuffled)))
            .Sample((setting, specs, shuffled) =>
            {
                var ids = specs.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, (IEqualityComparer<AdministrationSpec>)ReferenceEqualityComparer.Instance);
                var original = Lines(Scrub(setting, specs));

                // Keep each administration's id with it when reordering, so only the request order changes.
                var reordered = Lines(Scrub(setting, shuffled, (s, _) => ids[s]));

                reordered.Should().Equal(original);
            });

    [Fact]
    public void Scrub_HydrationInsideDrugInfusion_AddsNoLine() =>
        Gen.Select(Setting, Administrations, Gen.Int[1, 10]).Sample((setting, specs, margin) =>
        {
            var infusion = specs.FirstOrDefault(s => s.Route == AdministrationRoute.IvInfusion && s.Drug != "normal saline" && s.Minutes > 2 * margin + 15);
            if (infusion is null)
            {
                return;
            }

            var hydration = new AdministrationSpec("normal saline", AdministrationRoute.IvInfusion, infusion.StartMinute + margin, infusion.Minutes - (2 * margin), infusion.Site);
            Codes(Scrub(setting, [.. specs, hydration])).Should().Equal(Codes(Scrub(setting, specs)));
        });

    [Fact]
    public void Scrub_LongerInfusion_NeverFewerUnitsForIt() =>
        Gen.Select(Setting, Administrations, Gen.Int[1, 240]).Sample((setting, specs, extra) =>
        {
            // One infusion (no pump) among SC/IM injections: lengthening it cannot change concurrency, and no other
            // service shares a line (a merged 96375 line would count another push's unit as its own).
            var others = specs.Where(s => s.Route is AdministrationRoute.Subcutaneous or AdministrationRoute.OnBodyInjector).ToArray();
            var infusion = specs.FirstOrDefault(s => s.Route == AdministrationRoute.IvInfusion);
            if (infusion is null)
            {
                return;
            }

            var longer = infusion with { Minutes = infusion.Minutes + extra };
            UnitsOf(Scrub(setting, [infusion, .. others]), "id0").Should().BeLessThanOrEqualTo(UnitsOf(Scrub(setting, [longer, .. others]), "id0"));
        });

    [Fact]
    public void Scrub_AnyEncounter_NoLineHasZeroUnits() =>
        Gen.Select(Setting, Administrations).Sample((setting, specs) =>
            Scrub(setting, specs).Lines.Where(l => l.Units < 1).Should().BeEmpty());

    private static string[] Codes(ScrubContext context) =>
        [.. context.Lines.Select(l => $"{l.Code}-{string.Join('-', l.Modifiers)} x{l.Units}").Order(StringComparer.Ordinal)];

    private static int UnitsOf(ScrubContext context, string id) =>
        context.Lines.Where(l => l.AdministrationIds.Contains(id)).Sum(l => l.Units);
}
