namespace OncologyBilling.Scrubber.Model;

/// <summary>Who pays the claim; decides payer-specific rules.</summary>
public enum PayerType
{
    /// <summary>Medicare fee-for-service (Part B); the default.</summary>
    Medicare,
    /// <summary>A Medicare Advantage (Part C) plan.</summary>
    MedicareAdvantage,
    /// <summary>A state Medicaid program.</summary>
    Medicaid,
    /// <summary>A commercial insurer.</summary>
    Commercial,
    /// <summary>No insurer: the patient pays.</summary>
    SelfPay,
}
