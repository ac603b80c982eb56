namespace OncologyBilling.Api.Validation;

/// <summary>Shapes of the codes the contract accepts. A well-shaped code that is not billable is a finding, not a 400.</summary>
internal static class Formats
{
    /// <summary>ICD-10-CM: letter, digit, letter-or-digit, then up to four letters or digits; dot optional after the third.</summary>
    public const string Icd10Cm = @"^[A-Za-z][0-9][0-9A-Za-z](\.?[0-9A-Za-z]{1,4})?$";

    /// <summary>HCPCS Level II: a letter and four digits.</summary>
    public const string Hcpcs = "^[A-Va-v][0-9]{4}$";

    /// <summary>CPT (five digits, or four digits and F/T/U/M/A) or HCPCS Level II.</summary>
    public const string ServiceCode = "^([0-9]{4}[0-9FTUMAftuma]|[A-Va-v][0-9]{4})$";

    /// <summary>A CPT/HCPCS modifier: two letters or digits.</summary>
    public const string Modifier = "^[A-Za-z0-9]{2}$";

    /// <summary>Encounter reference: 1–64 of A–Z a–z 0–9 . _ - (contract).</summary>
    public const string EncounterId = "^[A-Za-z0-9._-]{1,64}$";

    /// <summary>
    /// NDC: hyphenated 4-4-2, 5-3-2, 5-4-1 or 5-4-2, or 10 or 11 bare digits. Ten bare digits are shape-valid here:
    /// their ambiguity is the billing finding NDC-04, not a request error.
    /// </summary>
    public const string Ndc = @"^([0-9]{4}-[0-9]{4}-[0-9]{2}|[0-9]{5}-[0-9]{3}-[0-9]{2}|[0-9]{5}-[0-9]{4}-[0-9]{1,2}|[0-9]{10,11})$";
}
