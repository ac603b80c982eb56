namespace OncologyBilling.Scrubber.Model;

public sealed record BillingProvider(string? Npi, bool Is340BCoveredEntity);
