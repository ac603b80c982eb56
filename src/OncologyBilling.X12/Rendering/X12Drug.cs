namespace OncologyBilling.X12.Rendering;

/// <summary>LIN/CTP: NDC (N4 qualifier), quantity and unit of measure (F2, GR, ME, ML, UN).</summary>
internal sealed record X12Drug(string Ndc, decimal Quantity, string Unit);
