using OncologyBilling.ReferenceData.Rates;

namespace OncologyBilling.Api.Contracts;

/// <summary>A rate release an estimate used.</summary>
public sealed record EstimateSourceOutput
{
    /// <summary>pfs-rates, opps-rates or asp-limits.</summary>
    public required string Table { get; init; }

    /// <summary>The release, such as "CY2025 Addendum B October 2025".</summary>
    public required string Release { get; init; }

    /// <summary>Where the rates come from.</summary>
    public required string Source { get; init; }

    /// <summary>First date of service the release covers.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Last date of service the release covers.</summary>
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>covers the date of service; predates it (newest earlier release, used and noted); none (takes effect later: no amounts).</summary>
    public required ReleaseFit Fit { get; init; }

    /// <summary>What the fit means for the amounts; null when the release covers the date of service.</summary>
    public string? Note { get; init; }
}
