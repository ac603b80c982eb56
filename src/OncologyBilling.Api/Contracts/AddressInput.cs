namespace OncologyBilling.Api.Contracts;

/// <summary>A postal address: protected health information when it is the patient's, never logged.</summary>
public sealed record AddressInput
{
    /// <summary>Street address (837 N301).</summary>
    public string? Line1 { get; init; }

    /// <summary>Second address line, when there is one (N302).</summary>
    public string? Line2 { get; init; }

    /// <summary>City (N401).</summary>
    public string? City { get; init; }

    /// <summary>Two-letter state code.</summary>
    public string? State { get; init; }

    /// <summary>ZIP code, 5 or 9 digits.</summary>
    public string? PostalCode { get; init; }

    public override string ToString() => "AddressInput { *** }";
}
