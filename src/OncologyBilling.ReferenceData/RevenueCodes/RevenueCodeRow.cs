namespace OncologyBilling.ReferenceData.RevenueCodes;

/// <summary>
/// A revenue code for institutional lines of one kind (administration, drug, service), optionally one drug category and a
/// CPT/HCPCS range. <see cref="Basis"/> says whether coding-rules.md SET-06 names it or it is UNCONFIRMED.
/// </summary>
public sealed record RevenueCodeRow(
    string Kind, string RevenueCode, string Description, string Basis, string? Category = null, string? CodeFrom = null, string? CodeTo = null);
