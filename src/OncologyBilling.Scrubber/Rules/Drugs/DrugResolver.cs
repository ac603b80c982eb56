using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// Finds the drug an administration names. A HCPCS code: the curated catalog row, else the official row of an active
/// HCPCS drug code (DRG-CODE-05), else an error (DRG-CODE-06). A name: the catalog row it names (any case, salt words
/// optional), else an error offering the closest catalog names (CLS-00) or listing the codes it could mean (CLS-11).
/// Nothing is ever substituted: an unresolved drug has no row and the claim is rejected.
/// </summary>
internal static class DrugResolver
{
    public static DrugRow? Resolve(ScrubContext context, Model.Administration administration)
    {
        var catalog = context.ReferenceData.Drugs;
        var date = context.DateOfService;
        if (administration.Drug.Hcpcs is { } code)
        {
            return catalog.FindByCode(code, date) ?? Official(context, administration, code);
        }

        var name = administration.Drug.Name!;
        var match = catalog.Match(name, date);
        if (match.Row is { } row)
        {
            return row;
        }

        var path = $"{administration.Path}.drug.name";
        if (match.IsAmbiguous)
        {
            context.Report(ClassificationRules.Cls11, $"Drug name '{name}' fits several catalog drugs: {Listed(match.Candidates.Select(r => new NamedDrug(r.Generic, r)))}; no code is picked. Send the HCPCS code of the product given.", path);
            return null;
        }

        var offer = match.Closest.Count == 0
            ? "no catalog name is close to it."
            : $"did you mean {Listed(match.Closest)}?";
        context.Report(ClassificationRules.Cls00, $"Drug name '{name}' matches no drug in the catalog for {date:yyyy-MM-dd}: {offer} No drug is substituted; send a catalog name or the HCPCS code.", path);
        return null;
    }

    private static DrugRow? Official(ScrubContext context, Model.Administration administration, string code)
    {
        var path = $"{administration.Path}.drug.hcpcs";
        var official = OfficialDrugs.Find(context.ReferenceData, code, context.DateOfService);
        if (official.Row is { } row)
        {
            var unit = row.BillingUnit;
            context.Report(DrugRules.DrgCode05, $"{code} ({official.Description}) is not in the curated catalog: billed in the official unit {(unit.UpTo ? "up to " : string.Empty)}{Wording.Amount(unit.Amount, unit.Unit)} from {official.Basis}.", path);
            return row;
        }

        var named = administration.Drug.Name is { } name ? context.ReferenceData.Drugs.FindByName(name, context.DateOfService) : null;
        var hint = named is null ? string.Empty : $" The name sent is {named.Generic} ({named.Hcpcs}) in the catalog; send that code if it is the product given.";
        context.Report(DrugRules.DrgCode06, $"{official.Reason}; no drug line.{hint}", path);
        return null;
    }

    private static string Listed(IEnumerable<NamedDrug> names) => string.Join(" or ", names.Select(n => $"{n.Name} ({n.Row.Hcpcs})"));
}
