namespace OncologyBilling.X12.Rendering;

internal sealed record X12Provider(
    string Npi, string Name, string TaxId, string? Taxonomy, X12Address Address, string? SignatureOnFile, string Assignment,
    string BenefitsAssignment, string ReleaseOfInformation, string? AdmissionType, string? PatientStatus);
