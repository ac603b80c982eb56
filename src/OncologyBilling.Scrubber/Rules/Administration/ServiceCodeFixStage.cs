using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// CODE-FIX-01: a 96268 sent as a service is the mistyped concurrent-infusion code. The administration lines
/// already carry 96368 when, and only when, the timeline shows a concurrent infusion; 96268 itself is never billed.
/// </summary>
public sealed class ServiceCodeFixStage : IScrubStage
{
    public const string MistypedConcurrentCode = "96268";

    public string Name => "service-code-fix";

    public IReadOnlyList<RuleDefinition> Rules { get; } = [InputRules.CodeFix01];

    public void Apply(ScrubContext context)
    {
        var concurrent = context.Lines.FirstOrDefault(l => l.Kind == LineKind.Administration && l.Code == "96368");
        foreach (var service in context.Encounter.Services.Where(s => s.Code == MistypedConcurrentCode))
        {
            context.Settle(service);
            context.Report(InputRules.CodeFix01, $"{service.Path}.code", new Facts { { "replaced", concurrent is not null } }, concurrent);
        }
    }
}
