namespace OncologyBilling.X12.Rendering;

/// <summary>A rendering (837P 2310B) or attending (837I 2310A) provider: a person with an NPI.</summary>
public sealed record X12Person(string? Npi, string? LastName, string? FirstName);
