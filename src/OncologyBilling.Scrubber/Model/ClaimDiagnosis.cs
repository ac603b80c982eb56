namespace OncologyBilling.Scrubber.Model;

public sealed record ClaimDiagnosis(int Pointer, string Code);
