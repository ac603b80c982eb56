using System.Runtime.CompilerServices;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>
/// Holds the running stage and checks every rule reported or stamped against the stage's declared rules, so the rule
/// catalog (GET /api/v1/rules, docs/rules.md), which is built from the declarations, cannot drift from the code.
/// </summary>
internal sealed class RuleGuard(UndeclaredRules policy)
{
    // A stage's declared ids, built once per rule list: stages declare their rules in a list they keep.
    private static readonly ConditionalWeakTable<IReadOnlyList<RuleDefinition>, HashSet<string>> DeclaredIds = new();

    private readonly List<(string Stage, string RuleId)> _undeclared = [];
    private HashSet<string>? _declared;

    public IScrubStage? Stage { get; private set; }

    public IReadOnlyList<(string Stage, string RuleId)> Undeclared => _undeclared;

    public void Enter(IScrubStage stage)
    {
        Stage = stage;
        _declared = DeclaredIds.GetValue(stage.Rules, static rules => [.. rules.Select(r => r.Id)]);
    }

    public void Leave()
    {
        Stage = null;
        _declared = null;
    }

    /// <summary>Outside a stage (a unit test applying one stage by hand) nothing is checked.</summary>
    public void Check(string ruleId)
    {
        if (Stage is null || _declared!.Contains(ruleId))
        {
            return;
        }

        if (policy == UndeclaredRules.Throw)
        {
            throw new InvalidOperationException($"Stage '{Stage.Name}' used rule {ruleId}, which it does not declare in Rules.");
        }

        _undeclared.Add((Stage.Name, ruleId));
    }

    /// <summary>Rule ids stamped on lines since the last stage must be declared by this one.</summary>
    public void CheckStamps(List<ClaimLine> lines)
    {
        foreach (var line in lines)
        {
            for (var i = line.StampsChecked; i < line.RuleIds.Count; i++)
            {
                Check(line.RuleIds[i]);
            }

            line.StampsChecked = line.RuleIds.Count;
        }
    }
}
