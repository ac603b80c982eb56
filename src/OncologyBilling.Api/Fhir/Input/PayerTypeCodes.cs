namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// Coverage.type in the Source of Payment Typology (PHDSC/NAHDO, now CDC; the US Core and CARIN "Payer Type" value
/// set, http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.114222.4.11.3591) to our payer type. Only the codes whose
/// meaning is one of ours are mapped: 1 MEDICARE alone does not say fee-for-service or Medicare Advantage, and is
/// refused like any other code not listed (docs/fhir.md).
/// </summary>
internal static class PayerTypeCodes
{
    public static readonly IReadOnlySet<string> Systems = new HashSet<string>(StringComparer.Ordinal)
    {
        "https://nahdo.org/sopt", "urn:oid:2.16.840.1.113883.3.221.5",
    };

    public static readonly IReadOnlyDictionary<string, PayerType> Codes = new Dictionary<string, PayerType>(StringComparer.Ordinal)
    {
        ["12"] = PayerType.Medicare, // Medicare (Non-managed Care)
        ["121"] = PayerType.Medicare, // Medicare FFS
        ["11"] = PayerType.MedicareAdvantage, // Medicare Managed Care (includes Medicare Advantage plans)
        ["111"] = PayerType.MedicareAdvantage, // Medicare HMO
        ["112"] = PayerType.MedicareAdvantage, // Medicare PPO
        ["113"] = PayerType.MedicareAdvantage, // Medicare POS
        ["119"] = PayerType.MedicareAdvantage, // Medicare Managed Care Other
        ["2"] = PayerType.Medicaid, // MEDICAID
        ["21"] = PayerType.Medicaid, // Medicaid (Managed Care)
        ["211"] = PayerType.Medicaid, // Medicaid HMO
        ["212"] = PayerType.Medicaid, // Medicaid PPO
        ["213"] = PayerType.Medicaid, // Medicaid PCCM
        ["219"] = PayerType.Medicaid, // Medicaid Managed Care Other
        ["22"] = PayerType.Medicaid, // Medicaid (Non-managed Care Plan)
        ["5"] = PayerType.Commercial, // PRIVATE HEALTH INSURANCE
        ["51"] = PayerType.Commercial, // Managed Care (Private)
        ["52"] = PayerType.Commercial, // Private Health Insurance - Indemnity
        ["6"] = PayerType.Commercial, // BLUE CROSS/BLUE SHIELD
        ["81"] = PayerType.SelfPay, // Self-pay
    };
}
