namespace OncologyBilling.Scrubber.Model;

public sealed record Payer(PayerType Type, string? Id);
