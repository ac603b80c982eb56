namespace OncologyBilling.ReferenceData.Mue;

/// <summary>Which CMS MUE table applies: practitioner services (professional claims) or outpatient hospital services.</summary>
public enum MueTableKind
{
    Practitioner,
    OutpatientHospital,
}
