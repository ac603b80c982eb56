using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>Words of the drug-line rules (coding-rules.md §5): codes, units and the 340B and ESA modifiers.</summary>
internal static class DrugMessages
{
    public static IEnumerable<RuleWords> All =>
    [
        new(DrugRules.DrgCode01)
        {
            Finding = f => f.Has("ndc")
                ? $"NDC {f["ndc"]} maps to {f["mapped"]} ({f["mappedDrug"]}) in the ASP crosswalk; billed under {f["mapped"]} instead of "
                    + $"{f["code"]} ({f["drug"]}) named in the request."
                : $"{f["code"]} is not active on {f["date"]} (HCPCS {f["effective"]} to {f["termination"]}).",
        },
        new(DrugRules.DrgCode02)
        {
            Finding = f => $"NDC {f["ndc"]} maps to {f["mapped"]} but the line bills {f["code"]}: biosimilar and reference-product codes "
                + "are not interchangeable.",
        },
        new(DrugRules.DrgUnit01)
        {
            Finding = f => f.Has("mergedNdc")
                ? $"{f["code"]}: NDC {f["mergedNdc"]} adds less than one unit to the day's rounded total, so its amount is billed on the line "
                    + $"of NDC {f["hostNdc"]}; check the payer's NDC reporting."
                : $"{f["drug"]}: no dose or container volume documented; no {f["code"]} line.",
            Detail = Units,
        },
        new(DrugRules.DrgUnit06) { Detail = Units },
        new(DrugRules.DrgUnit03)
        {
            Finding = f => $"{f["drug"]}: dose {f["dose"]} exceeds the {f["labeled"]} labelled in the containers opened.",
        },
        new(DrugRules.DrgUnit04)
        {
            Finding = f => f["what"] switch
            {
                "dose" => $"{f["drug"]}: a dose in {f["unit"]} cannot be converted to {f["code"]}'s billing unit ({f["billingUnit"]}).",
                "vials" => $"{f["drug"]}: a vial size cannot be converted to {f["unit"]} ({f["code"]}); JW/JZ not decided.",
                _ => $"{f["drug"]}: the discarded amount cannot be converted to {f["unit"]}.",
            },
        },
        new(DrugRules.Drg340B01)
        {
            Finding = f => $"{f["code"]}: no 340B modifier is defined for {f["date"]} in the 340B matrix; add it by hand.",
        },
        new(DrugRules.Drg340B04)
        {
            Finding = f => $"{f["code"]}: packaged (SI {f["si"]}); the 340B modifier is optional and not appended.",
        },
        new(DrugRules.DrgEsa01)
        {
            Finding = f => $"{f["code"]}: append exactly one of EA (anemia from chemotherapy), EB (from radiotherapy) or EC (neither); "
                + "the request does not say which.",
        },
    ];

    /// <summary>
    /// "paclitaxel 333 mg ÷ 1 mg = 333 → 333 units"; for several administrations of the code on a date, each amount and
    /// the one division: "gemcitabine on 2026-03-02: 1250 mg (g1) + 1250 mg (g2) = 2500 mg ÷ 200 mg = 12.5 → 13 units
    /// (the day's total, rounded up once)" (DRG-UNIT-01/02/06); with several NDCs, the share of this line.
    /// </summary>
    private static string Units(Facts f) =>
        (f.Has("parts") ? $"{f["drug"]} on {f["date"]}: {f["parts"]} = " : $"{f["drug"]} ")
        + $"{f["dose"]} ÷ {(f.Is("upTo") ? "up to " : string.Empty)}{f["billingUnit"]} = {f["ratio"]} → {f["units"]} "
        + (f.Get<int>("units") == 1 ? "unit" : "units")
        + (f.Has("parts") ? " (the day's total, rounded up once)" : string.Empty)
        + (f.Has("ndc") ? $"; NDC {f["ndc"]}: {f["share"]} of them → {f["ndcUnits"]}" : string.Empty);
}
