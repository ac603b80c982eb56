using OncologyBilling.ReferenceData;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>One claim line priced in one setting, with its arithmetic and the release it came from.</summary>
public sealed record LineEstimate
{
    public required int Line { get; init; }
    public required string Code { get; init; }
    public required int Units { get; init; }
    public required LinePricing Pricing { get; init; }

    /// <summary>The payment indicator read from the table: "PFS status A", "OPPS SI S, APC 5694", "ASP".</summary>
    public string? Indicator { get; init; }

    /// <summary>Allowed amount in dollars; null when not priced.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The patient's share of <see cref="Amount"/>; null when not priced.</summary>
    public decimal? Coinsurance { get; init; }
    public required string Basis { get; init; }
    public string? CoinsuranceBasis { get; init; }
    public TableVersion? Source { get; init; }
}
