using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
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
            context.Report(ClassificationRules.Cls11, path, new Facts { { "name", name }, { "candidates", Listed(match.Candidates.Select(r => new NamedDrug(r.Generic, r))) } });
            return null;
        }

        context.Report(ClassificationRules.Cls00, path, new Facts { { "name", name }, { "date", date }, { "closest", Listed(match.Closest) } });
        return null;
    }

    private static DrugRow? Official(ScrubContext context, Model.Administration administration, string code)
    {
        var path = $"{administration.Path}.drug.hcpcs";
        var official = OfficialDrugs.Find(context.ReferenceData, code, context.DateOfService);
        if (official.Row is { } row)
        {
            var unit = row.BillingUnit;
            var found = new Facts
            {
                { "code", code }, { "description", official.Description! }, { "upTo", unit.UpTo }, { "billingUnit", new Quantity(unit.Amount, unit.Unit) },
                { "basis", official.Basis! },
            };
            context.Report(DrugRules.DrgCode05, path, found);
            return row;
        }

        var named = administration.Drug.Name is { } name ? context.ReferenceData.Drugs.FindByName(name, context.DateOfService) : null;
        var facts = new Facts { { "reason", official.Reason! } };
        if (named is not null)
        {
            facts.Add("named", $"{named.Generic} ({named.Hcpcs})");
        }

        context.Report(DrugRules.DrgCode06, path, facts);
        return null;
    }

    private static string Listed(IEnumerable<NamedDrug> names) => string.Join(" or ", names.Select(n => $"{n.Name} ({n.Row.Hcpcs})"));
}
