using OncologyBilling.Scrubber.Findings.Catalog;

namespace OncologyBilling.Scrubber.Findings.Messages;

/// <summary>Words of the drug-universe and name rules (issue 11 items 2 and 3): what resolved, what did not, what to send.</summary>
internal static class DrugUniverseMessages
{
    public static IEnumerable<RuleWords> All =>
    [
        new(ClassificationRules.Cls00)
        {
            Finding = f => $"Drug name '{f["name"]}' matches no drug in the catalog for {f["date"]}: "
                + (f["closest"].Length == 0 ? "no catalog name is close to it." : $"did you mean {f["closest"]}?")
                + " No drug is substituted; send a catalog name or the HCPCS code.",
        },
        new(ClassificationRules.Cls11)
        {
            Finding = f => $"Drug name '{f["name"]}' fits several catalog drugs: {f["candidates"]}; no code is picked. Send the HCPCS code of the product given.",
        },
        new(ClassificationRules.Cls12)
        {
            Finding = f => $"{f["code"]} ({f["drug"]}) is not in the curated catalog, so its category is unknown: send 'category' (chemotherapy, "
                + "therapeutic, hydration or hormonalAntineoplastic) as documented; no administration code is chosen without it.",
        },
        new(DrugRules.DrgCode05)
        {
            Finding = f => $"{f["code"]} ({f["description"]}) is not in the curated catalog: billed in the official unit "
                + $"{(f.Is("upTo") ? "up to " : string.Empty)}{f["billingUnit"]} from {f["basis"]}.",
        },
        new(DrugRules.DrgCode06)
        {
            Finding = f => $"{f["reason"]}; no drug line."
                + (f.Has("named") ? $" The name sent is {f["named"]} in the catalog; send that code if it is the product given." : string.Empty),
        },
    ];
}
