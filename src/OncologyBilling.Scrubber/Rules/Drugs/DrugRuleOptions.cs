using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>Configurable drug-line items (coding-rules.md marks them UNCONFIRMED or payer-dependent).</summary>
public sealed class DrugRuleOptions
{
    /// <summary>Payers that require an NDC on every drug line (NDC-06); Medicare FFS is UNCONFIRMED, so only Medicaid by default.</summary>
    public IReadOnlyList<PayerType> NdcRequiredPayers { get; init; } = [PayerType.Medicaid];
}
