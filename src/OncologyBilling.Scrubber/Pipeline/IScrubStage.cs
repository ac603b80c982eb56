using OncologyBilling.Scrubber.Findings;

namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>
/// One stage of the scrub pipeline: pure, stateless, no I/O. A data problem is a finding, never an exception.
/// <see cref="Rules"/> lists the rule ids the stage implements; the rule catalog endpoint is built from it.
/// </summary>
public interface IScrubStage
{
    string Name { get; }

    IReadOnlyList<RuleDefinition> Rules { get; }

    void Apply(ScrubContext context);
}
