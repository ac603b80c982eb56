namespace OncologyBilling.X12.Rendering;

internal sealed record X12Party(string Name, string Id, string? ContactName = null, string? ContactPhone = null);
