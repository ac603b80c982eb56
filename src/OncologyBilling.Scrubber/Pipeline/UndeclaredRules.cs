namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>What a scrub does when a stage reports or stamps a rule missing from its <see cref="IScrubStage.Rules"/>.</summary>
public enum UndeclaredRules
{
    /// <summary>Throw: the default, for tests and Development, where a wrong declaration must fail loudly.</summary>
    Throw,

    /// <summary>Keep the finding or line and log an error event (ScrubberLog 1002): Production never fails a claim for it.</summary>
    Log,
}
