using System.Text.Json;
using System.Text.Json.Nodes;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Benchmarks;

/// <summary>The benchmark workloads: the tests/load encounters, and generated days of N administrations.</summary>
internal static class Encounters
{
    public static string OneDrug => File("one-drug.json");
    public static string FiveAdministrations => File("five-administrations.json");
    public static string TwelveAdministrations => File("twelve-administrations.json");

    private static readonly (string Drug, string Route, int Minutes, decimal Dose, string Unit)[] Pattern =
    [
        ("dexamethasone", "ivPush", 2, 12, "mg"),
        ("paclitaxel", "ivInfusion", 18, 100, "mg"),
        ("ondansetron", "ivPush", 2, 8, "mg"),
        ("carboplatin", "ivInfusion", 18, 150, "mg"),
        ("fosaprepitant", "ivInfusion", 18, 150, "mg"),
    ];

    /// <summary>
    /// A day of <paramref name="count"/> administrations in 20-minute slots from 07:00 (50 slots end at 23:40), cycling
    /// pushes and 18-minute chemotherapy and therapeutic infusions, so work per administration stays the same as N grows.
    /// </summary>
    public static string Day(int count)
    {
        var start = new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.FromHours(-5));
        var administrations = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var (drug, route, minutes, dose, unit) = Pattern[i % Pattern.Length];
            var at = start.AddMinutes(20 * i);
            administrations.Add(new JsonObject
            {
                ["id"] = $"a{i + 1}", ["drug"] = new JsonObject { ["name"] = drug }, ["route"] = route,
                ["start"] = at.ToString("O"), ["end"] = at.AddMinutes(minutes).ToString("O"),
                ["dose"] = new JsonObject { ["amount"] = dose, ["unit"] = unit },
            });
        }

        return new JsonObject
        {
            ["encounterId"] = $"BENCH-DAY-{count}", ["setting"] = "office", ["diagnoses"] = new JsonArray("C56.1", "C50.911"),
            ["administrations"] = administrations,
        }.ToJsonString();
    }

    public static ScrubRequest Request(string json, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<ScrubRequest>(json, options) ?? throw new InvalidOperationException("Encounter JSON is null.");

    private static string File(string name) =>
        System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "encounters", name));
}
