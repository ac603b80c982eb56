namespace OncologyBilling.ReferenceData.Ndc;

/// <summary>One ASP NDC-HCPCS crosswalk row: an 11-digit NDC, its HCPCS code and billing units per package.</summary>
public sealed record CrosswalkRow(string Ndc, string Hcpcs, string DrugName, decimal BillUnitsPerPackage);
