namespace OncologyBilling.Scrubber.Model;

public enum PayerType
{
    Medicare,
    MedicareAdvantage,
    Medicaid,
    Commercial,
    SelfPay,
}
