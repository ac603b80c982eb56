namespace OncologyBilling.ReferenceData.Vocabulary;

/// <summary>The CPT administration family a substance falls in (CLS-01 to CLS-07).</summary>
public enum DrugCategory
{
    /// <summary>Chemotherapy and other highly complex drugs or biologics (CPT 96401, 96409–96417).</summary>
    Chemotherapy,
    /// <summary>Therapeutic, prophylactic or diagnostic substances (CPT 96365–96379).</summary>
    Therapeutic,
    /// <summary>Hydration fluids (CPT 96360–96361).</summary>
    Hydration,
    /// <summary>Hormonal anti-neoplastic injections (CPT 96402).</summary>
    HormonalAntineoplastic,
}
