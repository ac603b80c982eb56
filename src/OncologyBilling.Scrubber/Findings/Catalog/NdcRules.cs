namespace OncologyBilling.Scrubber.Findings.Catalog;

/// <summary>NDC handling (coding-rules.md §6).</summary>
public static class NdcRules
{
    private const string F = RuleFamilies.Ndc;

    public static readonly RuleDefinition Ndc01 = new("NDC-01", F, FindingSeverity.Info,
        "4-4-2 NDC: pad the labeler with a leading zero (0006-3026-02 → 00006302602).",
        "coding-rules.md §6 [S20a]");

    public static readonly RuleDefinition Ndc02 = new("NDC-02", F, FindingSeverity.Info,
        "5-3-2 NDC: pad the product with a leading zero (65597-406-01 → 65597040601).",
        "coding-rules.md §6 [S20a]");

    public static readonly RuleDefinition Ndc03 = new("NDC-03", F, FindingSeverity.Info,
        "5-4-1 NDC: pad the package with a leading zero (60575-4112-1 → 60575411201).",
        "coding-rules.md §6 [S20a]");

    public static readonly RuleDefinition Ndc04 = new("NDC-04", F, FindingSeverity.Error,
        "An NDC that cannot be converted unambiguously (10 digits without hyphens): a hyphenated NDC is required.",
        "coding-rules.md §6 [S20a]");

    public static readonly RuleDefinition Ndc05 = new("NDC-05", F, FindingSeverity.Info,
        "NDCs are reported as 11 digits without hyphens.",
        "coding-rules.md §6 [S20b]");

    public static readonly RuleDefinition Ndc06 = new("NDC-06", F, FindingSeverity.Error,
        "The payer requires an NDC on every drug line (Medicaid by default; payer-configurable).",
        "coding-rules.md §6");

    public static readonly RuleDefinition Ndc08 = new("NDC-08", F, FindingSeverity.Warning,
        "The NDC does not map to the line's HCPCS code in the ASP NDC-HCPCS crosswalk.",
        "coding-rules.md §6; ASP NDC-HCPCS crosswalk");

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Ndc01, Ndc02, Ndc03, Ndc04, Ndc05, Ndc06, Ndc08,
    ];
}
