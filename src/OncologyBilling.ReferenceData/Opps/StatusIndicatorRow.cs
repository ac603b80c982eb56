namespace OncologyBilling.ReferenceData.Opps;

/// <summary>A code's OPPS payment status indicator from Addendum B (K/G separately payable drug, N packaged, ...).</summary>
public sealed record StatusIndicatorRow(string Code, string StatusIndicator);
