namespace OncologyBilling.X12.Rendering;

/// <summary>A street address for N3/N4.</summary>
public sealed class X12AddressOptions
{
    public string? Line1 { get; set; }

    public string? Line2 { get; set; }

    public string? City { get; set; }

    /// <summary>Two-letter state code.</summary>
    public string? State { get; set; }

    /// <summary>ZIP code; the billing provider's must be 9 digits (ZIP+4) in 2010AA.</summary>
    public string? PostalCode { get; set; }
}
