namespace OncologyBilling.ReferenceData.Rates;

/// <summary>
/// One row of the Medicare Part B ASP payment limit file: the limit per HCPCS billing unit (ASP + 6% or other
/// methodology) and the beneficiary co-insurance percentage. A limit the file gives as N/A is null.
/// </summary>
public sealed record AspLimitRow
{
    public required string Hcpcs { get; init; }

    /// <summary>The file's HCPCS code dosage, i.e. the billing unit, as written ("1 MG", "50 MG").</summary>
    public required string Dosage { get; init; }
    public decimal? PaymentLimit { get; init; }
    public required decimal CoinsurancePercent { get; init; }
}
