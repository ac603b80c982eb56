namespace OncologyBilling.ReferenceData.Icd;

/// <summary>One ICD-10-CM category (first three characters) and every billable code in it, without dots.</summary>
public sealed record IcdCategoryRow(string Category, IReadOnlyList<string> Codes);
