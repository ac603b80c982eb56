namespace OncologyBilling.ReferenceData.Vocabulary;

/// <summary>The CPT administration family a substance falls in (CLS-01 to CLS-07).</summary>
public enum DrugCategory
{
    Chemotherapy,
    Therapeutic,
    Hydration,
    HormonalAntineoplastic,
}
