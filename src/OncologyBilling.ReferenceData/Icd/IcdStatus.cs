namespace OncologyBilling.ReferenceData.Icd;

/// <summary>What the loaded ICD-10-CM data says of a code.</summary>
public enum IcdStatus
{
    /// <summary>In the code file: billable.</summary>
    Billable,

    /// <summary>Absent from a file that covers its category: a header (C50.91) or not a code.</summary>
    NotBillable,

    /// <summary>The loaded data does not cover the code's category (embedded subset only): cannot tell.</summary>
    NotCovered,
}
