namespace OncologyBilling.Api.Fhir.Input;

/// <summary>Code systems and extensions the FHIR endpoint reads (docs/fhir.md).</summary>
internal static class FhirSystems
{
    public const string Ndc = "http://hl7.org/fhir/sid/ndc";
    public const string Hcpcs = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    public const string Cpt = "http://www.ama-assn.org/go/cpt";
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string Npi = "http://hl7.org/fhir/sid/us-npi";
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>Drug codings: HCPCS and NDC are used; RxNorm is accepted beside them and not used for coding.</summary>
    public static readonly IReadOnlySet<string> Drug = new HashSet<string>(StringComparer.Ordinal) { Ndc, Hcpcs, RxNorm };

    private const string Base = "https://oncologybilling.dev/fhir/StructureDefinition/";
    public const string VialsExtension = Base + "vials-opened";
    public const string WastedExtension = Base + "amount-wasted";
    public const string PumpExtension = Base + "pump-started";
    public const string BagExtension = Base + "mixed-in-bag";
    public const string Acquired340BExtension = Base + "acquired-340b";
    public const string CoveredEntity340BExtension = Base + "covered-entity-340b";
}
