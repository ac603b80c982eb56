namespace OncologyBilling.Scrubber.Pipeline;

/// <summary>
/// Settings for the items coding-rules.md marks UNCONFIRMED. Defaults follow the document; bind from the
/// <c>Scrubber</c> configuration section.
/// </summary>
public sealed class ScrubberOptions
{
    public const string SectionName = "Scrubber";

    public Rules.Drugs.DrugRuleOptions Drugs { get; init; } = new();

    public Rules.Diagnoses.DiagnosisRuleOptions Diagnoses { get; init; } = new();

    public Rules.Edits.EditRuleOptions Edits { get; init; } = new();

    /// <summary>A rule used by a stage that does not declare it: throw (default; tests, Development) or log (Production).</summary>
    public UndeclaredRules UndeclaredRules { get; set; } = UndeclaredRules.Throw;

    /// <summary>ADM-TIME-07 (open item 12): add up non-concurrent secondary hydration segments. Default true.</summary>
    public bool HydrationSumSegments { get; set; } = true;

    /// <summary>ADM-CONC-01 (open item 14): minimum overlap, in minutes, for a concurrent infusion (96368). Default 16.</summary>
    public int ConcurrentOverlapMinimumMinutes { get; set; } = 16;

    /// <summary>ADM-SITE-01: modifier on the initial service of a second access site: 59 (default), XS, XU, XE or XP.</summary>
    public string SecondSiteModifier { get; set; } = "59";

    /// <summary>
    /// ADM-SITE-01 / NCCI-01: per payer type, the modifier used instead of <see cref="SecondSiteModifier"/>, for payers
    /// that take the X{EPSU} modifiers (e.g. <c>Scrubber:SecondSiteModifierByPayer:Medicare = XU</c>). Empty by default.
    /// </summary>
    public Dictionary<Model.PayerType, string> SecondSiteModifierByPayer { get; init; } = [];

    /// <summary>
    /// ADM-SITE-01 in the office: a second documented access site is taken as the protocol necessity that allows a
    /// second initial service. The request cannot say the protocol required it, so the default is false (one initial
    /// per encounter and a warning).
    /// </summary>
    public bool OfficeSecondSiteInitial { get; set; }

    /// <summary>The modifier that marks a distinct service (a separate site or injection) for this payer type.</summary>
    public string DistinctServiceModifier(Model.PayerType payer) =>
        SecondSiteModifierByPayer.TryGetValue(payer, out var modifier) ? modifier : SecondSiteModifier;
}
