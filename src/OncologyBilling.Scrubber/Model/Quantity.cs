namespace OncologyBilling.Scrubber.Model;

/// <summary>An amount with its unit, such as a dose, a vial size or a discarded amount.</summary>
public sealed record Quantity(decimal Amount, DoseUnit Unit);
