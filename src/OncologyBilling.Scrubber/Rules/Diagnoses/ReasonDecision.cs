using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>The reason the diagnoses are ordered by: sent by the request or inferred, and in words why.</summary>
public sealed record ReasonDecision(EncounterReason? Reason, bool Sent, string Basis)
{
    public string Origin => Sent ? "encounterReason sent" : $"inferred: {Basis}";
}
