namespace OncologyBilling.ReferenceData.Ncci;

/// <summary>The practitioner and hospital outpatient PTP tables.</summary>
public sealed record PtpTables(PtpTable Practitioner, PtpTable Hospital)
{
    public static PtpTables FromTable(TableFile<PtpRow> table)
    {
        var version = table.Describe();
        return new PtpTables(new PtpTable(version with { Table = "ncci-ptp-practitioner" }, table.Rows), new PtpTable(version with { Table = "ncci-ptp-hospital" }, table.Rows));
    }
}
