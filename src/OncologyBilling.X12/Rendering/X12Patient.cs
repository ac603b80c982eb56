namespace OncologyBilling.X12.Rendering;

/// <summary>The patient, who is rendered as the subscriber (SBR02 = 18). Protected health information.</summary>
public sealed record X12Patient
{
    public string? LastName { get; init; }

    public string? FirstName { get; init; }

    public string? MemberId { get; init; }

    public X12AddressOptions? Address { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public string? Sex { get; init; }

    public override string ToString() => "X12Patient { *** }";
}
