using OncologyBilling.Scrubber.Estimate;

namespace OncologyBilling.Api.Contracts;

/// <summary>One claim line priced in one setting.</summary>
public sealed record EstimateLineOutput
{
    /// <summary>The claim line number.</summary>
    public required int Line { get; init; }

    /// <summary>CPT or HCPCS code.</summary>
    public required string Code { get; init; }

    /// <summary>Units priced.</summary>
    public required int Units { get; init; }

    /// <summary>priced, packaged ($0 separately), notPayable ($0) or notPriced (no rate: the setting is partial).</summary>
    public required LinePricing Pricing { get; init; }

    /// <summary>The payment indicator from the table, such as "PFS status A", "OPPS SI K, APC 1490" or "ASP".</summary>
    public string? Indicator { get; init; }

    /// <summary>Allowed amount in dollars; null when not priced.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The patient's coinsurance in dollars; null when not priced.</summary>
    public decimal? Coinsurance { get; init; }

    /// <summary>The arithmetic or the reason, such as "3.99 non-facility RVU x CF 33.4009 = $133.27".</summary>
    public required string Basis { get; init; }

    /// <summary>The coinsurance arithmetic, such as "20% of $133.27 = $26.65".</summary>
    public string? CoinsuranceBasis { get; init; }

    /// <summary>The rate table the line was priced from: pfs-rates, opps-rates or asp-limits.</summary>
    public string? Table { get; init; }

    /// <summary>The release of that table.</summary>
    public string? Release { get; init; }
}
