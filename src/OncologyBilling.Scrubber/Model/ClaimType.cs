namespace OncologyBilling.Scrubber.Model;

/// <summary>professional = CMS-1500 / 837P; institutional = UB-04 / 837I.</summary>
public enum ClaimType
{
    /// <summary>CMS-1500 / 837P (office).</summary>
    Professional,
    /// <summary>UB-04 / 837I (hospital outpatient).</summary>
    Institutional,
}
