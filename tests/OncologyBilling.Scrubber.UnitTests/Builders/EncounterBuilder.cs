using Microsoft.Extensions.DependencyInjection;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.UnitTests.Builders;

/// <summary>Builds obviously fake encounters on 2026-03-02 (offset −05:00) and runs the administration stages.</summary>
internal sealed class EncounterBuilder(CareSetting setting = CareSetting.Office)
{
    public static readonly DateTimeOffset Day = new(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(-5));
    private readonly List<Administration> _administrations = [];
    private readonly List<ServiceItem> _services = [];
    private string[] _diagnoses = ["C50.911"];

    // The production list (ScrubberServiceCollectionExtensions), never a copy of its order.
    private static readonly Lazy<IScrubStage[]> Pipeline = new(() =>
        [.. new ServiceCollection().AddClaimScrubber().BuildServiceProvider().GetServices<IScrubStage>()]);

    public static DateTimeOffset At(int hour, int minute = 0) => Day.AddHours(hour).AddMinutes(minute);

    public EncounterBuilder Infusion(string drug, DateTimeOffset start, int minutes, string? site = null, string? bag = null, bool pump = false, DrugCategory? category = null, string? id = null, bool separate = false) =>
        Add(drug, AdministrationRoute.IvInfusion, start, start.AddMinutes(minutes), site, bag, pump, category, id, separate);

    public EncounterBuilder Push(string drug, DateTimeOffset start, string? site = null, string? id = null, bool separate = false) =>
        Add(drug, AdministrationRoute.IvPush, start, null, site, null, false, null, id, separate);

    public EncounterBuilder Injection(string drug, DateTimeOffset start, AdministrationRoute route = AdministrationRoute.Subcutaneous) =>
        Add(drug, route, start, null, null, null, false, null, null);

    public EncounterBuilder Add(string drug, AdministrationRoute route, DateTimeOffset start, DateTimeOffset? end, string? site = null, string? bag = null, bool pump = false, DrugCategory? category = null, string? id = null, bool separate = false)
    {
        _administrations.Add(new Administration
        {
            Index = _administrations.Count, Id = id ?? $"a{_administrations.Count + 1}", Drug = new DrugReference(null, drug, null), Route = route,
            Start = start, End = end, Dose = new Quantity(1, DoseUnit.Mg), AccessSite = site, Bag = bag, Pump = pump, Category = category,
            SeparateSiteRequired = separate,
        });
        return this;
    }

    public EncounterBuilder Service(string code, params string[] modifiers)
    {
        _services.Add(new ServiceItem(_services.Count, code, modifiers, null));
        return this;
    }

    public EncounterBuilder Diagnoses(params string[] codes)
    {
        _diagnoses = codes;
        return this;
    }

    public Encounter Build() => new()
    {
        EncounterId = "TEST-ENC", Setting = setting, DateOfService = DateOnly.FromDateTime(Day.DateTime), Diagnoses = [.. _diagnoses],
        Administrations = [.. _administrations], Services = [.. _services],
    };

    /// <summary>Runs the production stages in pipeline order, up to and including <paramref name="lastStage"/>.</summary>
    public ScrubContext Run(ScrubberOptions? options = null, string lastStage = "service-code-fix")
    {
        var context = new ScrubContext(Build(), ReferenceDataFixture.Data, options ?? new ScrubberOptions());
        foreach (var stage in Pipeline.Value)
        {
            context.Run(stage);
            if (stage.Name == lastStage)
            {
                break;
            }
        }

        return context;
    }
}
