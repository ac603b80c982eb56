namespace OncologyBilling.ReferenceData.Sequencing;

/// <summary>What a drug tells about the reason for an encounter.</summary>
public enum SequencingDrugRole
{
    /// <summary>An ESA or IV iron: given alone, the encounter is for the anemia.</summary>
    Anemia,
    /// <summary>An analgesic: given alone, the encounter is for pain control.</summary>
    Pain,
    /// <summary>An antineoplastic also given for non-neoplastic conditions (rituximab for an autoimmune disease).</summary>
    NonNeoplasticUse,
}
