namespace OncologyBilling.X12.Rendering;

/// <summary>One billing provider's claim values: identity, attestations on file, institutional codes and its charges.</summary>
public sealed class X12BillingProviderOptions
{
    /// <summary>NM103 organisation name.</summary>
    public string? Name { get; set; }

    /// <summary>REF*EI employer identification number, 9 digits.</summary>
    public string? TaxId { get; set; }

    /// <summary>PRV03 taxonomy code; PRV is written only when set.</summary>
    public string? TaxonomyCode { get; set; }

    public X12AddressOptions Address { get; set; } = new();

    /// <summary>837P CLM06: Y when the provider's signature is on file, N otherwise.</summary>
    public string? ProviderSignatureOnFile { get; set; }

    /// <summary>CLM07: A assigned, B assignment accepted on clinical lab services only, C not assigned.</summary>
    public string? AssignmentCode { get; set; }

    /// <summary>CLM08: Y, N or W (not applicable).</summary>
    public string? BenefitsAssignment { get; set; }

    /// <summary>CLM09: I (informed consent, no signature) or Y (signed statement on file).</summary>
    public string? ReleaseOfInformation { get; set; }

    /// <summary>837I CL101 admission type code (NUBC), e.g. 3 elective.</summary>
    public string? AdmissionTypeCode { get; set; }

    /// <summary>837I CL103 patient status code (NUBC), e.g. 01 discharged to home.</summary>
    public string? PatientStatusCode { get; set; }

    /// <summary>Charge per unit by CPT/HCPCS code (the provider's charge master); line charge = unit charge × units.</summary>
    public Dictionary<string, decimal> Charges { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
