namespace OncologyBilling.Scrubber.Model;

/// <summary>
/// One infusion encounter, already validated and normalised by the API. Carries protected health
/// information (<see cref="EncounterId"/>): never log it.
/// </summary>
public sealed record Encounter
{
    public required string EncounterId { get; init; }
    public required CareSetting Setting { get; init; }
    public required DateOnly DateOfService { get; init; }
    public Payer Payer { get; init; } = new(PayerType.Medicare, null);
    public BillingProvider BillingProvider { get; init; } = new(null, false);

    /// <summary>ICD-10-CM codes in the order sent, already in dotted form (C56.1).</summary>
    public required IReadOnlyList<string> Diagnoses { get; init; }
    public IReadOnlyList<Administration> Administrations { get; init; } = [];
    public IReadOnlyList<ServiceItem> Services { get; init; } = [];
    public IReadOnlyList<PriorAuthorization> PriorAuthorizations { get; init; } = [];

    /// <summary>The reason for the encounter as the request stated it (<c>encounterReason</c>); null: inferred (DX-22).</summary>
    public EncounterReason? Reason { get; init; }

    /// <summary>Whether to price the claim in both settings (the request's <c>estimate</c>, default true).</summary>
    public bool IncludeEstimate { get; init; } = true;

    public override string ToString() => "Encounter { *** }";
}
