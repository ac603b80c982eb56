using System.ComponentModel.DataAnnotations;

namespace OncologyBilling.Api.Contracts;

/// <summary>One infusion encounter to scrub into a claim.</summary>
public sealed record ScrubRequest
{
    /// <summary>The EHR's encounter reference, echoed back: 1–64 of A–Z a–z 0–9 . _ -. Never logged.</summary>
    /// <example>ENC-0001</example>
    [Required]
    public string? EncounterId { get; init; }

    /// <summary>office = professional claim (CMS-1500 / 837P, POS 11); hospitalOutpatient = institutional claim (UB-04 / 837I, TOB 13x).</summary>
    [Required]
    public CareSetting? Setting { get; init; }

    /// <summary>Date of service (YYYY-MM-DD). Default: the date of the earliest administration start, in its own offset. When sent with administrations, it must be the date of one of their starts (each in its own offset), else 400.</summary>
    public DateOnly? DateOfService { get; init; }

    /// <summary>Who pays; default Medicare.</summary>
    public PayerInput? Payer { get; init; }

    /// <summary>The billing provider: NPI and 340B status.</summary>
    public BillingProviderInput? BillingProvider { get; init; }

    /// <summary>The rendering provider (837P loop 2310B, written when it differs from the billing provider) or attending provider (837I loop 2310A, required). Used for X12 output only.</summary>
    public ProviderInput? RenderingProvider { get; init; }

    /// <summary>Patient details. Protected health information: never logged and not used for coding.</summary>
    public PatientInput? Patient { get; init; }

    /// <summary>1–12 ICD-10-CM codes; the dot is optional (C561 = C56.1). The scrubber reorders them for billing.</summary>
    [Required]
    public IReadOnlyList<string?>? Diagnoses { get; init; }

    /// <summary>
    /// Optional: why the patient came. It decides the diagnosis order by the ICD-10-CM Official Guidelines (FY2026); when
    /// absent, it is inferred from what was given and coded (IV hydration only with a dehydration code: dehydrationManagement).
    /// </summary>
    /// <example>antineoplasticTreatment</example>
    public EncounterReason? EncounterReason { get; init; }

    /// <summary>0–50 administered substances with start and stop times. Required unless services is non-empty.</summary>
    public IReadOnlyList<AdministrationInput?>? Administrations { get; init; }

    /// <summary>Other services: E/M (99202–99215), advance care planning (99497 with minutes), other CPT/HCPCS.</summary>
    public IReadOnlyList<ServiceInput?>? Services { get; init; }

    /// <summary>Prior authorizations on file, with the HCPCS codes they cover.</summary>
    public IReadOnlyList<PriorAuthorizationInput?>? PriorAuthorizations { get; init; }

    /// <summary>Whether to return the site-of-care cost estimate (default true); false gives "estimate": null.</summary>
    /// <example>true</example>
    public bool? Estimate { get; init; }

    public override string ToString() => "ScrubRequest { *** }";
}
