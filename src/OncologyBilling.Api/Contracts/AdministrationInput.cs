using System.ComponentModel.DataAnnotations;

namespace OncologyBilling.Api.Contracts;

/// <summary>One administered substance.</summary>
public sealed record AdministrationInput
{
    /// <summary>Optional client reference, echoed in administrationIds of the lines it produced.</summary>
    /// <example>a1</example>
    public string? Id { get; init; }

    /// <summary>The drug: a HCPCS code or a name (generic or brand, case-insensitive), and optionally its NDC.</summary>
    [Required]
    public DrugInput? Drug { get; init; }

    /// <summary>ivInfusion, ivPush, subcutaneous, intramuscular or onBodyInjector.</summary>
    [Required]
    public AdministrationRoute? Route { get; init; }

    /// <summary>
    /// chemotherapy, therapeutic, hydration or hormonalAntineoplastic, as documented. For a curated drug it overrides the
    /// catalog default (CLS-06). Required for a drug sent by an active HCPCS code outside the curated catalog: without it
    /// the claim is rejected with CLS-12 on this path, because no administration code can be chosen.
    /// </summary>
    public DrugCategory? Category { get; init; }

    /// <summary>Start time, ISO 8601 with offset.</summary>
    /// <example>2026-03-02T10:00:00-05:00</example>
    [Required]
    public DateTimeOffset? Start { get; init; }

    /// <summary>Stop time, ISO 8601 with offset; required for ivInfusion, optional for ivPush. Later than start; at most 24 hours after it unless pump is true, and at most 7 days after it in any case (else 400: check the end date).</summary>
    /// <example>2026-03-02T12:45:00-05:00</example>
    public DateTimeOffset? End { get; init; }

    /// <summary>Dose given; for hydration fluids the volume in mL.</summary>
    public QuantityInput? Dose { get; init; }

    /// <summary>Containers opened for this dose.</summary>
    public IReadOnlyList<VialInput?>? Vials { get; init; }

    /// <summary>Documented discarded amount.</summary>
    public QuantityInput? Wasted { get; init; }

    /// <summary>Vascular access site: each site gets its own initial service in the hospital; in the office only a site sent with separateSiteRequired does.</summary>
    public string? AccessSite { get; init; }

    /// <summary>
    /// True when the protocol required a separate IV site for this administration (documented necessity, ADM-SITE-01):
    /// in the office its access site gets its own initial service with modifier 59 (or the payer's X modifier, such as
    /// XU) and its own add-ons. Needs <c>accessSite</c> and an IV route. The hospital bills one initial per access site
    /// whether or not it is sent.
    /// </summary>
    public bool? SeparateSiteRequired { get; init; }

    /// <summary>True when a prolonged infusion was started on a portable or implantable pump. Only an administration on a pump may last longer than 24 hours.</summary>
    public bool? Pump { get; init; }

    /// <summary>Administrations sharing a bag were mixed in one bag and count as one infusion.</summary>
    public string? Bag { get; init; }

    /// <summary>True when the drug was acquired under the 340B program (with a covered-entity billing provider: TB/JG, DRG-340B-01).</summary>
    public bool? Acquired340B { get; init; }
}
