namespace OncologyBilling.ReferenceData.Mue;

/// <summary>The practitioner and outpatient-hospital MUE tables.</summary>
public sealed record MueTables(MueTable Practitioner, MueTable OutpatientHospital)
{
    public MueTable For(MueTableKind kind) => kind == MueTableKind.Practitioner ? Practitioner : OutpatientHospital;

    public static MueTables FromTable(TableFile<MueRow> table)
    {
        var version = table.Describe();
        return new MueTables(
            new MueTable(version with { Table = "mue-practitioner" }, table.Rows.ToDictionary(r => r.Code, r => r.Practitioner), complete: false),
            new MueTable(version with { Table = "mue-outpatient-hospital" }, table.Rows.ToDictionary(r => r.Code, r => r.OutpatientHospital), complete: false));
    }
}
