namespace OncologyBilling.Scrubber.Model;

/// <summary>A finished claim line with its 1-based number.</summary>
public sealed record NumberedLine(int Number, ClaimLine Line);
