namespace OncologyBilling.ReferenceData.DrugFacts;

/// <summary>
/// Facts about a drug code kept beside the catalog: an ESA that needs EA/EB/EC (DRG-ESA-01), and the family of codes
/// with different dose descriptors it belongs to (DRG-CODE-03, normal saline 250/500/1000 mL).
/// </summary>
public sealed record DrugFactRow(string Hcpcs, bool Esa, string? CodeFamily);
