namespace OncologyBilling.ReferenceData.Sequencing;

/// <summary>A HCPCS drug code and what its presence tells about the encounter (sequencing-drugs table).</summary>
public sealed record SequencingDrugRow(string Hcpcs, string Generic, SequencingDrugRole Role);
