using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>What Medicare would allow for the claim's lines in one setting, and the patient's coinsurance.</summary>
public sealed record SettingEstimate
{
    public required CareSetting Setting { get; init; }
    public required EstimateStatus Status { get; init; }
    public required decimal Allowed { get; init; }
    public required decimal Coinsurance { get; init; }

    /// <summary>Allowed minus coinsurance, before deductible and sequestration.</summary>
    public decimal MedicarePayment => Allowed - Coinsurance;

    /// <summary>Codes without a rate, in claim order; empty when <see cref="Status"/> is complete.</summary>
    public required IReadOnlyList<string> MissingCodes { get; init; }
    /// <summary>What the claim could not code and so could not price (an unresolved drug, a missing category).</summary>
    public IReadOnlyList<string> Unpriced { get; init; } = [];
    public required IReadOnlyList<LineEstimate> Lines { get; init; }
    public required IReadOnlyList<EstimateSource> Sources { get; init; }
}
