using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>One administration's contribution to a drug line: code, NDC, units administered and discarded, rules and reasons.</summary>
public sealed record DrugPortion(
    ClassifiedAdministration Administration,
    DrugRow Drug,
    string? Ndc,
    int Units,
    int WasteUnits,
    WasteMode Mode,
    IReadOnlyList<RuleDefinition> Rules,
    IReadOnlyList<Reason> Reasons);
