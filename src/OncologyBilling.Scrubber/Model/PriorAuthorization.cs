namespace OncologyBilling.Scrubber.Model;

public sealed record PriorAuthorization(string Number, IReadOnlyList<string> Hcpcs);
