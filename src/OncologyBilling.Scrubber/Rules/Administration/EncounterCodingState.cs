namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>What is limited per encounter across access sites while coding add-ons: 96368 once (ADM-CONC-01/02).</summary>
internal sealed class EncounterCodingState
{
    public bool ConcurrentCoded { get; set; }
}
