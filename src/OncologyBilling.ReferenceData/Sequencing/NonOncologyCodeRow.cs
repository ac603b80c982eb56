namespace OncologyBilling.ReferenceData.Sequencing;

/// <summary>The HCPCS code a hormonal antineoplastic is billed under when no neoplasm is treated (J9217 → J1950).</summary>
public sealed record NonOncologyCodeRow(string Hcpcs, string Generic, string NonOncologyHcpcs);
