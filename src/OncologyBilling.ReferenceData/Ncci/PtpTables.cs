namespace OncologyBilling.ReferenceData.Ncci;

/// <summary>The practitioner and hospital outpatient PTP tables.</summary>
public sealed record PtpTables(PtpTable Practitioner, PtpTable Hospital);
