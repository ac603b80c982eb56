namespace OncologyBilling.Scrubber.Estimate;

/// <summary>How a line was priced in one setting.</summary>
public enum LinePricing
{
    /// <summary>Paid separately at the amount shown.</summary>
    Priced,

    /// <summary>Paid through other services on the claim: $0 separately (OPPS SI N, Q1/Q2 when their condition holds; PFS B/T).</summary>
    Packaged,

    /// <summary>Medicare pays nothing for the code in this setting (e.g. PFS status X, OPPS SI E1/C).</summary>
    NotPayable,

    /// <summary>No rate in the loaded data: the setting's estimate is partial.</summary>
    NotPriced,
}
