using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>Points every line at the claim's first diagnoses, at most four per line (837P/CMS-1500 capacity).</summary>
public sealed class DiagnosisPointerStage : IScrubStage
{
    private const int MaxPointersPerLine = 4;

    public string Name => "diagnosis-pointers";

    public IReadOnlyList<RuleDefinition> Rules { get; } = [];

    public void Apply(ScrubContext context)
    {
        var pointers = Enumerable.Range(1, Math.Min(MaxPointersPerLine, context.Diagnoses.Count)).ToArray();
        foreach (var line in context.Lines)
        {
            line.DiagnosisPointers.Clear();
            line.DiagnosisPointers.AddRange(pointers);
        }
    }
}
