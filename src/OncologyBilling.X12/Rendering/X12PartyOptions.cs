namespace OncologyBilling.X12.Rendering;

/// <summary>A submitter or receiver: organisation name, EDI identifier and, for the submitter, a contact.</summary>
public sealed class X12PartyOptions
{
    public string? Name { get; set; }

    public string? Id { get; set; }

    public string? ContactName { get; set; }

    /// <summary>Telephone, digits only (PER04 with qualifier TE).</summary>
    public string? ContactPhone { get; set; }
}
