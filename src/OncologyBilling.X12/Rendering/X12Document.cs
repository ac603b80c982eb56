namespace OncologyBilling.X12.Rendering;

/// <summary>Every value an 837 needs, checked and formatted; the renderers only write it.</summary>
internal sealed record X12Document
{
    public required X12Envelope Envelope { get; init; }
    public required X12Party Submitter { get; init; }
    public required X12Party Receiver { get; init; }
    public required X12Provider BillingProvider { get; init; }
    public required X12Subscriber Subscriber { get; init; }
    public required X12Party Payer { get; init; }
    public required string ClaimFilingIndicator { get; init; }
    public required string ClaimId { get; init; }
    public required DateOnly DateOfService { get; init; }
    public required IReadOnlyList<string> Diagnoses { get; init; }
    public required IReadOnlyList<X12Line> Lines { get; init; }
    public X12Person? RenderingProvider { get; init; }

    public decimal TotalCharge => Lines.Sum(l => l.Charge);

    public override string ToString() => "X12Document { *** }";
}
