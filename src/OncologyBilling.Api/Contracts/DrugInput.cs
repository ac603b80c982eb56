namespace OncologyBilling.Api.Contracts;

/// <summary>A drug reference: hcpcs or name is required.</summary>
public sealed record DrugInput
{
    /// <summary>
    /// HCPCS Level II code, such as J9271. Any code active on the date of service in the HCPCS file is billable: the
    /// curated catalog's row, else the official unit from the ASP dosage or HCPCS descriptor (DRG-CODE-05; send
    /// category then). A code not active on the date is an error (DRG-CODE-06).
    /// </summary>
    /// <example>J9267</example>
    public string? Hcpcs { get; init; }

    /// <summary>
    /// Generic or brand name of the curated catalog, any case, salt words (hydrochloride, sodium, calcium, ...) optional.
    /// A name matching nothing is an error offering the closest catalog names (CLS-00); one fitting several products is
    /// an error listing them (CLS-11). No drug is ever substituted.
    /// </summary>
    /// <example>paclitaxel</example>
    public string? Name { get; init; }

    /// <summary>NDC in a hyphenated 10-digit form (4-4-2, 5-3-2, 5-4-1) or 11 digits (5-4-2).</summary>
    /// <example>0006-3026-02</example>
    public string? Ndc { get; init; }
}
