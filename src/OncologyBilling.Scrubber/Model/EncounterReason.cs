namespace OncologyBilling.Scrubber.Model;

/// <summary>
/// Why the patient came, as the ICD-10-CM Official Guidelines (FY2026) sequence diagnoses by it. When the request does
/// not send it, the scrubber infers it from what was given and coded (DX-22).
/// </summary>
public enum EncounterReason
{
    /// <summary>Chemotherapy, immunotherapy or a hormonal antineoplastic for a neoplasm: Z51.11/Z51.12 first (§I.C.2.e.2).</summary>
    AntineoplasticTreatment,
    /// <summary>Treatment directed at anemia only: the malignancy then D63.0 (§I.C.2.c.1), or D64.81 first (§I.C.2.c.2).</summary>
    AnemiaManagement,
    /// <summary>Only the dehydration treated (IV hydration): the dehydration code first, then the malignancy (§I.C.2.c.3).</summary>
    DehydrationManagement,
    /// <summary>Pain control or pain management: G89.3 first, then the neoplasm (§I.C.6.b.5).</summary>
    PainControl,
    /// <summary>Treatment only for a complication associated with the neoplasm: the complication first (§I.C.2.l.4).</summary>
    ComplicationManagement,
    /// <summary>Supportive care without an antineoplastic (G-CSF, bone agent): no Z51.1x; the condition treated first.</summary>
    Supportive,
    /// <summary>Follow-up examination after completed treatment: Z08 first, then the Z85 history code (§I.C.21.c.8).</summary>
    FollowUp,
}
