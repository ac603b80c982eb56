namespace OncologyBilling.ReferenceData.Icd;

/// <summary>What the loaded ICD-10-CM codes file says of a code.</summary>
public enum IcdStatus
{
    /// <summary>In the code file: billable.</summary>
    Billable,

    /// <summary>Absent from the codes file: a header (C50.91) or not a code.</summary>
    NotBillable,
}
