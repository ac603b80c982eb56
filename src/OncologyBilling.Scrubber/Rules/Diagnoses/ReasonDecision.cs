using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>
/// The reason the diagnoses are ordered by: sent by the request, or inferred (<see cref="Basis"/> names how, a key of the
/// message catalog; <see cref="Drugs"/> the drugs it was inferred from).
/// </summary>
public sealed record ReasonDecision(EncounterReason? Reason, bool Sent, string Basis, IReadOnlyList<string> Drugs)
{
    public Facts ToFacts() => new()
    {
        { "reason", Reason is { } r ? EncounterReasons.WireName(r) : "none" },
        { "basis", Sent ? "sent" : Basis },
        { "drugs", Drugs },
    };
}
