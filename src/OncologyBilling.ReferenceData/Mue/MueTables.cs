namespace OncologyBilling.ReferenceData.Mue;

/// <summary>The practitioner and outpatient-hospital MUE tables.</summary>
public sealed record MueTables(MueTable Practitioner, MueTable OutpatientHospital)
{
    public MueTable For(MueTableKind kind) => kind == MueTableKind.Practitioner ? Practitioner : OutpatientHospital;
}
