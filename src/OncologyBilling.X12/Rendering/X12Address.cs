namespace OncologyBilling.X12.Rendering;

internal sealed record X12Address(string Line1, string? Line2, string City, string State, string PostalCode);
