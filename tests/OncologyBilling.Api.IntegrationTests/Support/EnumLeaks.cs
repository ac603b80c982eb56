using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OncologyBilling.ReferenceData.Vocabulary;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Api.IntegrationTests.Support;

/// <summary>
/// Finds enum ToString() output ("333 Mg", "SingleDose", "documented category HormonalAntineoplastic") in the text of a
/// response: messages and explanations must print values as the contract spells them or in words.
/// </summary>
public static class EnumLeaks
{
    // Proper nouns that are also enum names are legitimately capitalized mid-sentence.
    private static readonly HashSet<string> ProperNouns = ["Medicare", "Medicaid"];

    private static readonly Regex[] Patterns =
    [
        .. Names(typeof(DoseUnit)).Select(n => new Regex($@"\d {n}\b")),
        .. new[] { typeof(ContainerType), typeof(DrugCategory), typeof(AdministrationRoute), typeof(PayerType), typeof(CareSetting), typeof(Technique) }
            .SelectMany(Names)
            .Where(n => !ProperNouns.Contains(n))
            .Select(n => IsCompound(n) ? new Regex($@"\b{n}\b") : new Regex($@"[a-z,;:] {n}\b")),
    ];

    /// <summary>Every string value in the JSON with the leaked names it contains.</summary>
    public static IEnumerable<string> In(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : In(p.Value)),
        JsonArray a => a.SelectMany(i => i is null ? [] : In(i)),
        JsonValue v when v.TryGetValue<string>(out var text) => Patterns.Where(p => p.IsMatch(text)).Select(p => $"{p.Match(text).Value.Trim()} in \"{text}\""),
        _ => [],
    };

    /// <summary>Patterns for one text, for testing the detector itself.</summary>
    public static bool Leaks(string text) => Patterns.Any(p => p.IsMatch(text));

    private static IEnumerable<string> Names(Type enumType) => Enum.GetNames(enumType);

    // "SingleDose", "IvPush", "ML": never an English word, so any occurrence is a leak.
    private static bool IsCompound(string name) => name.Skip(1).Any(char.IsUpper);
}
