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

    // One builder per thread for the explanations: a response words one per line, and every delegate that supplies
    // the words has run before the builder is touched, so a call never finds it in use.
    [ThreadStatic]
    private static StringBuilder? _explanation;

    /// <summary>"Why: detail; detail." per distinct why, in first-seen order; reasons without a why share one sentence.</summary>
    public static string Explain(IReadOnlyList<Reason> reasons)
    {
        var whys = new string?[reasons.Count];
        var details = new string[reasons.Count];
        for (var i = 0; i < reasons.Count; i++)
        {
            var words = Words(reasons[i].Rule);
            whys[i] = words.Why?.Invoke(reasons[i].Facts);
            details[i] = words.Detail?.Invoke(reasons[i].Facts)
                ?? throw new InvalidOperationException($"No explanation for {reasons[i].Rule.Id} in the message catalog.");
        }

        var text = (_explanation ??= new StringBuilder(512)).Clear();
        for (var i = 0; i < whys.Length; i++)
        {
            if (SeenBefore(whys, i))
            {
                continue;
            }

            text.Append(text.Length == 0 ? string.Empty : " ");
            if (whys[i] is { } why)
            {
                text.Append(why).Append(": ");
            }

            text.Append(details[i]);
            for (var j = i + 1; j < whys.Length; j++)
            {
                if (whys[j] == whys[i])
                {
                    text.Append("; ").Append(details[j]);
                }
            }

            text.Append('.');
        }

        return text.ToString();
    }

    /// <summary>Whether a reason before <paramref name="at"/> has the same why (its sentence is already written).</summary>
    private static bool SeenBefore(string?[] whys, int at)
    {
        for (var k = 0; k < at; k++)
        {
            if (whys[k] == whys[at])
            {
                return true;
            }
        }

        return false;
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
