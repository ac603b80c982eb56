using System.Collections.Frozen;
using System.Text;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>
/// Every word billing staff read, keyed by rule: finding messages and line explanations, built from the facts a stage
/// reported. One file per family; stages decide, this catalog describes.
/// </summary>
public static class MessageCatalog
{
    private static readonly FrozenDictionary<string, RuleWords> ByRule = Families().ToFrozenDictionary(w => w.Rule.Id, StringComparer.Ordinal);

    public static IReadOnlyCollection<RuleWords> All => ByRule.Values;

    public static RuleWords? Find(RuleDefinition rule) => ByRule.GetValueOrDefault(rule.Id);

    public static string Finding(RuleDefinition rule, Facts facts) =>
        Words(rule).Finding?.Invoke(facts) ?? throw new InvalidOperationException($"No finding message for {rule.Id} in the message catalog.");

    /// <summary>The explanation of a service line sent and billed unchanged, which no rule shaped.</summary>
    public static string PassedThrough(string code) => ServiceMessages.PassedThrough(new Facts { { "code", code } }) + ".";

    /// <summary>"Why: detail; detail." per distinct why, in first-seen order; reasons without a why share one sentence.</summary>
    public static string Explain(IReadOnlyList<Reason> reasons)
    {
        var sentences = new List<(string? Why, StringBuilder Details)>(reasons.Count);
        foreach (var reason in reasons)
        {
            var words = Words(reason.Rule);
            var why = words.Why?.Invoke(reason.Facts);
            var detail = words.Detail?.Invoke(reason.Facts)
                ?? throw new InvalidOperationException($"No explanation for {reason.Rule.Id} in the message catalog.");
            var at = sentences.FindIndex(s => s.Why == why);
            if (at < 0)
            {
                sentences.Add((why, new StringBuilder(detail)));
            }
            else
            {
                sentences[at].Details.Append("; ").Append(detail);
            }
        }

        var text = new StringBuilder();
        foreach (var (why, details) in sentences)
        {
            text.Append(text.Length == 0 ? string.Empty : " ").Append(why is null ? string.Empty : why + ": ").Append(details).Append('.');
        }

        return text.ToString();
    }

    private static IEnumerable<RuleWords> Families() =>
    [
        .. InputMessages.All,
        .. ClassificationMessages.All,
        .. AdministrationMessages.All,
        .. DrugMessages.All,
        .. DrugUniverseMessages.All,
        .. WasteMessages.All,
        .. DiagnosisMessages.All,
        .. DiagnosisSequencingMessages.All,
        .. ServiceMessages.All,
        .. EditMessages.All,
    ];

    private static RuleWords Words(RuleDefinition rule) =>
        ByRule.GetValueOrDefault(rule.Id) ?? throw new InvalidOperationException($"{rule.Id} has no words in the message catalog.");
}
