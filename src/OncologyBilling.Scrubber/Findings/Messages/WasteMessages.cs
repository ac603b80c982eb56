using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>Words of the JW/JZ rules (coding-rules.md §5.2) and of the NDC rules (§6).</summary>
internal static class WasteMessages
{
    public static IEnumerable<RuleWords> All =>
    [
        new(DrugRules.DrgWaste02) { Detail = _ => "nothing discarded: JZ" },
        new(DrugRules.DrgWaste03)
        {
            Detail = f => f.Has("drug")
                ? $"Discarded {f["drug"]} from single-dose containers: {f["units"]} {(f.Get<int>("units") == 1 ? "unit" : "units")} with JW (rounded down)"
                : $"JW = min(floor({f["wasted"]} ÷ {f["unit"]}), {f["labeledUnits"]} − {f["units"]}) = {f["jw"]}",
        },
        new(DrugRules.DrgWaste04)
        {
            Finding = f => Sent(f, "the administered units already cover the container, so a JW line is an overpayment"),
            Detail = f => $"the {f["leftover"]} left is less than one unit beyond the units billed: JZ, no JW",
        },
        new(DrugRules.DrgWaste05) { Finding = f => Sent(f, "JW and JZ cannot both apply to one drug and date") },
        new(DrugRules.DrgWaste06)
        {
            Finding = f => f.Has("sent")
                ? Sent(f, "the drug came from a multiple-dose container, which takes no JW")
                : $"{f["drug"]}: multiple-dose container; the discarded amount is not billable and takes no JW.",
            Detail = _ => "multiple-dose container: no JW/JZ",
        },
        new(DrugRules.DrgWaste07)
        {
            Finding = f => $"{f["drug"]}: {f["labeled"]} opened for {f["dose"]}, but no discarded amount is documented; JZ may not be used. "
                + "Document the waste.",
            Detail = _ => "discarded amount not documented",
        },
        new(DrugRules.DrgWaste08)
        {
            Finding = f => $"{f["drug"]}: {f["labeled"]} opened for {f["dose"]}; vial sizes {f["sizes"]} {f["unit"]} could cover it with "
                + $"{f["least"]} (waste {f["leastWaste"]} instead of {f["waste"]}).",
        },
        new(DrugRules.DrgWaste09) { Finding = f => $"{f["code"]}: OPPS status indicator {f["si"]} (not separately payable) takes no JW/JZ." },
        new(DrugRules.DrgWaste10)
        {
            Finding = f => $"{f["code"]}: a single-dose drug line without JW or JZ is returned as unprocessable from 2023-10-01.",
        },
        new(DrugRules.DrgWaste11) { Finding = f => $"{f["code"]}: JW/JZ were required from 2023-07-01 (no front-end edit before 2023-10-01)." },
        new(DrugRules.DrgWaste12) { Finding = f => $"{f["drug"]}: JZ is optional before 2023-07-01 and is not appended." },
        new(DrugRules.DrgWaste13)
        {
            Finding = f => $"{f["drug"]}: documented waste {f["wasted"]} differs from containers opened minus dose "
                + $"({f["labeledAmount"]} − {f["doseAmount"]} = {f["leftover"]}).",
        },
        new(InputRules.Inp04)
        {
            Finding = f => $"{f["drug"]}: no containers documented (catalog: {f["container"]}); JW/JZ cannot be decided. Document the vials opened.",
            Detail = _ => "containers not documented",
        },
        new(NdcRules.Ndc04)
        {
            Finding = f => $"NDC '{f["ndc"]}' cannot be converted to 11 digits unambiguously; send it hyphenated (4-4-2, 5-3-2 or 5-4-1) or as 11 digits.",
        },
        new(NdcRules.Ndc06) { Finding = f => $"{f["code"]}: the {f["payer"]} payer requires the NDC of the product given on each drug line." },
        new(NdcRules.Ndc08)
        {
            Finding = f => f.Has("mapped")
                ? $"NDC {f["ndc"]} maps to {f["mapped"]} in the ASP crosswalk, not to {f["code"]}."
                : $"NDC {f["ndc"]} is not in the ASP NDC-HCPCS crosswalk {f["release"]}; {f["code"]} cannot be confirmed from it.",
        },
    ];

    // A JW/JZ line sent as a service beside the drug line built from the documentation (DRG-WASTE-04/05/06).
    private static string Sent(Facts f, string reason) => $"{f["sent"]} × {f["units"]} sent as a service: {reason}; removed.";
}
