namespace OncologyBilling.ReferenceData.Mue;

/// <summary>A code's MUE in the practitioner and the outpatient-hospital tables; null where CMS lists none.</summary>
public sealed record MueRow(string Code, MueLimit? Practitioner, MueLimit? OutpatientHospital);
