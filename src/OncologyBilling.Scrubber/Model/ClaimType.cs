namespace OncologyBilling.Scrubber.Model;

/// <summary>professional = CMS-1500 / 837P; institutional = UB-04 / 837I.</summary>
public enum ClaimType
{
    Professional,
    Institutional,
}
