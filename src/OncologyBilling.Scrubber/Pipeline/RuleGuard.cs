using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>
/// Holds the running stage and checks every rule reported or stamped against the stage's declared rules, so the rule
/// catalog (GET /api/v1/rules, docs/rules.md), which is built from the declarations, cannot drift from the code.
/// </summary>
internal sealed class RuleGuard(UndeclaredRules policy)
{
    private readonly Dictionary<ClaimLine, int> _checkedStamps = new(ReferenceEqualityComparer.Instance);
    private readonly List<(string Stage, string RuleId)> _undeclared = [];
    private HashSet<string>? _declared;

    public IScrubStage? Stage { get; private set; }

    public IReadOnlyList<(string Stage, string RuleId)> Undeclared => _undeclared;

    public void Enter(IScrubStage stage)
    {
        Stage = stage;
        _declared = [.. stage.Rules.Select(r => r.Id)];
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
            var from = _checkedStamps.GetValueOrDefault(line);
            for (var i = from; i < line.RuleIds.Count; i++)
            {
                Check(line.RuleIds[i]);
            }

            _checkedStamps[line] = line.RuleIds.Count;
        }
    }
}
