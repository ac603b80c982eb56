namespace OncologyBilling.ReferenceData.Mue;

/// <summary>An MUE value (units per line or per date of service) and its adjudication indicator (MAI 1, 2 or 3).</summary>
public sealed record MueLimit(int Value, int Mai);
