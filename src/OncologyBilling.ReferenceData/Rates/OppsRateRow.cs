namespace OncologyBilling.ReferenceData.Rates;

/// <summary>
/// One row of OPPS Addendum B: status indicator, APC, national payment rate and the beneficiary copayments,
/// all per HCPCS unit. Amounts the file leaves blank or marks "." are null.
/// </summary>
public sealed record OppsRateRow
{
    public required string Hcpcs { get; init; }
    public required string StatusIndicator { get; init; }
    public string? Apc { get; init; }
    public decimal? PaymentRate { get; init; }
    public decimal? NationalUnadjustedCopayment { get; init; }

    /// <summary>20% of the payment rate.</summary>
    public decimal? MinimumUnadjustedCopayment { get; init; }

    /// <summary>The copayment after the IRA inflation adjustment and the inpatient-deductible cap, when the file gives one.</summary>
    public decimal? AdjustedBeneficiaryCopayment { get; init; }
}
