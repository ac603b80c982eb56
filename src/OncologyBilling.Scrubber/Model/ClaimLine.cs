using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Messages;

namespace OncologyBilling.Scrubber.Model;

/// <summary>A claim line as the pipeline builds it; numbered and frozen when the scrub ends.</summary>
public sealed class ClaimLine
{
    private readonly List<Reason> _reasons = [];
    private string? _explanation;

    public required LineKind Kind { get; init; }
    public required string Code { get; set; }
    public required int Units { get; set; }
    public List<string> Modifiers { get; init; } = [];
    public DrugCategory? Category { get; init; }
    public int? Minutes { get; init; }
    public List<string> AdministrationIds { get; init; } = [];

    /// <summary>Request indexes of the administrations this line covers (not echoed; used by later stages).</summary>
    public List<int> AdministrationIndexes { get; init; } = [];
    public List<int> DiagnosisPointers { get; init; } = [];

    /// <summary>The rules that produced the line, once each, in the order they were stamped.</summary>
    public List<string> RuleIds { get; init; } = [];

    /// <summary>The reasons stamped with <see cref="Because"/>, in order; the explanation is their words.</summary>
    public IReadOnlyList<Reason> Reasons => _reasons;

    /// <summary>The words of <see cref="Reasons"/> from the message catalog (set directly only by tests).</summary>
    public string Explanation
    {
        get => _explanation ??= MessageCatalog.Explain(_reasons);
        set => _explanation = value;
    }

    /// <summary>Order within its kind: hierarchy rank, then initial before add-ons. Lower sorts first.</summary>
    public int SortKey { get; set; }
    public string? Ndc { get; set; }

    /// <summary>Date the service was provided (ADM-DOS-01); null means the encounter's date of service.</summary>
    public DateOnly? ServiceDate { get; set; }

    /// <summary>NUBC revenue code for institutional claims (SET-06, revenue-codes table); null on professional claims.</summary>
    public string? RevenueCode { get; set; }

    /// <summary>How many of <see cref="RuleIds"/> the rule guard has checked against the stages that stamped them.</summary>
    internal int StampsChecked { get; set; }

    /// <summary>Stamps the rule on the line and adds its facts to the explanation.</summary>
    public ClaimLine Because(RuleDefinition rule, Facts facts)
    {
        Stamp(rule);
        _reasons.Add(new Reason(rule, facts));
        _explanation = null;
        return this;
    }

    /// <summary>Stamps rules that shaped the line without adding words (a modifier, a code choice).</summary>
    public ClaimLine Stamp(params IEnumerable<RuleDefinition> rules)
    {
        if (rules is IReadOnlyList<RuleDefinition> list)
        {
            // Indexed: stages stamp rule lists for every line, and an interface enumerator is an allocation each time.
            for (var i = 0; i < list.Count; i++)
            {
                Stamp(list[i]);
            }

            return this;
        }

        foreach (var rule in rules)
        {
            Stamp(rule);
        }

        return this;
    }

    /// <summary>One rule, without the collection a params call builds.</summary>
    public ClaimLine Stamp(RuleDefinition rule)
    {
        if (!RuleIds.Contains(rule.Id))
        {
            RuleIds.Add(rule.Id);
        }

        return this;
    }
}
