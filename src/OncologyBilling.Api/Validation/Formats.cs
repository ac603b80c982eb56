namespace OncologyBilling.Api.Validation;

/// <summary>Shapes of the codes the contract accepts.</summary>
internal static class Formats
{
    /// <summary>ICD-10-CM: letter, digit, letter-or-digit, then up to four letters or digits; dot optional after the third.</summary>
    public const string Icd10Cm = @"^[A-Za-z][0-9][0-9A-Za-z](\.?[0-9A-Za-z]{1,4})?$";

    /// <summary>HCPCS Level II: a letter and four digits.</summary>
    public const string Hcpcs = "^[A-Va-v][0-9]{4}$";

    /// <summary>CPT (five digits, or four digits and F/T/U/M/A) or HCPCS Level II.</summary>
    public const string ServiceCode = "^([0-9]{4}[0-9FTUMAftuma]|[A-Va-v][0-9]{4})$";
}
