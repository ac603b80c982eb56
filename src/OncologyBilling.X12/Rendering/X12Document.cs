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

internal sealed record X12Envelope(
    string SenderQualifier, string SenderId, string ReceiverQualifier, string ReceiverId, string ApplicationSender,
    string ApplicationReceiver, string Usage, string ControlNumber, string Reference, DateTimeOffset Created);

internal sealed record X12Party(string Name, string Id, string? ContactName = null, string? ContactPhone = null);

internal sealed record X12Address(string Line1, string? Line2, string City, string State, string PostalCode);

internal sealed record X12Provider(
    string Npi, string Name, string TaxId, string? Taxonomy, X12Address Address, string? SignatureOnFile, string Assignment,
    string BenefitsAssignment, string ReleaseOfInformation, string? AdmissionType, string? PatientStatus);

internal sealed record X12Subscriber(string LastName, string? FirstName, string MemberId, X12Address Address, DateOnly DateOfBirth, string Sex)
{
    public override string ToString() => "X12Subscriber { *** }";
}

internal sealed record X12Line(
    int Number, string Code, IReadOnlyList<string> Modifiers, int Units, decimal Charge, IReadOnlyList<int> Pointers,
    DateOnly ServiceDate, string? RevenueCode, X12Drug? Drug);

/// <summary>LIN/CTP: NDC (N4 qualifier), quantity and unit of measure (F2, GR, ME, ML, UN).</summary>
internal sealed record X12Drug(string Ndc, decimal Quantity, string Unit);
