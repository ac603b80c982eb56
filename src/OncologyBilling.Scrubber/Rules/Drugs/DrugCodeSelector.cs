using OncologyBilling.ReferenceData.Drugs;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.Rules.Ndc;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// Picks the HCPCS code of a drug line: from the NDC through the ASP crosswalk (DRG-CODE-01, NDC-08, DRG-CODE-02), else
/// the best-fitting code of a family with different dose descriptors (DRG-CODE-03), else the classified catalog row.
/// </summary>
public static class DrugCodeSelector
{
    public static DrugSelection Select(ScrubContext context, ClassifiedAdministration a, DrugRow drug, decimal? dose)
    {
        var rules = new List<RuleDefinition>();
        var ndc = NormalizeNdc(context, a, rules);
        if (ndc is not null)
        {
            return new DrugSelection(FromCrosswalk(context, a, drug, ndc, rules), ndc, rules);
        }

        return new DrugSelection(BestFit(context, drug, dose, rules), null, rules);
    }

    private static string? NormalizeNdc(ScrubContext context, ClassifiedAdministration a, List<RuleDefinition> rules)
    {
        if (a.Source.Drug.Ndc is not { Length: > 0 } raw)
        {
            return null;
        }

        var result = NdcNormalizer.Normalize(raw);
        if (result.Ndc11 is null)
        {
            context.Report(NdcRules.Ndc04, $"{a.Source.Path}.drug.ndc", new Facts { { "ndc", raw } });
        }
        else
        {
            rules.Add(result.Rule);
        }

        return result.Ndc11;
    }

    private static DrugRow FromCrosswalk(ScrubContext context, ClassifiedAdministration a, DrugRow drug, string ndc, List<RuleDefinition> rules)
    {
        var crosswalk = context.ReferenceData.Crosswalk;
        var codes = crosswalk.Find(ndc).Select(r => r.Hcpcs).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var path = $"{a.Source.Path}.drug.ndc";
        if (codes.Length == 0)
        {
            context.Report(NdcRules.Ndc08, path, new Facts { { "ndc", ndc }, { "release", crosswalk.Version.Version }, { "code", drug.Hcpcs } });

            return drug;
        }

        if (codes.Contains(drug.Hcpcs, StringComparer.OrdinalIgnoreCase))
        {
            rules.Add(DrugRules.DrgCode01);
            return drug;
        }

        var mapped = codes.Select(c => context.ReferenceData.Drugs.FindByCode(c, context.DateOfService)).FirstOrDefault(r => r is not null);
        if (a.Source.Drug.Hcpcs is null && mapped is not null)
        {
            // The EHR named another drug than the product given: bill the product, but have someone look.
            var facts = new Facts { { "ndc", ndc }, { "mapped", mapped.Hcpcs }, { "mappedDrug", mapped.Generic }, { "code", drug.Hcpcs }, { "drug", drug.Generic } };
            context.Report(DrugRules.DrgCode01, path, facts, severity: FindingSeverity.Warning);
            rules.Add(DrugRules.DrgCode01);
            return mapped;
        }

        ReportMismatch(context, drug, ndc, codes, path);
        return drug;
    }

    private static void ReportMismatch(ScrubContext context, DrugRow drug, string ndc, string[] codes, string path)
    {
        var hcpcs = context.ReferenceData.Hcpcs;
        bool Biosimilar(string code) => hcpcs.Find(code) is { } row && (row.IsBiosimilar || row.ExcludesBiosimilar);
        var facts = new Facts { { "ndc", ndc }, { "mapped", codes }, { "code", drug.Hcpcs } };
        context.Report(Biosimilar(drug.Hcpcs) || codes.Any(Biosimilar) ? DrugRules.DrgCode02 : NdcRules.Ndc08, path, facts);
    }

    // The family's smallest billing unit that covers the dose, else its largest: among the members effective on the date
    // with the drug's unit; ties go to the first member for "covers" and to the last for "largest", as a stable sort gives.
    private static DrugRow BestFit(ScrubContext context, DrugRow drug, decimal? dose, List<RuleDefinition> rules)
    {
        var (members, covering, largest) = (0, (DrugRow?)null, (DrugRow?)null);
        var family = context.ReferenceData.DrugFacts.Family(drug.Hcpcs);
        for (var i = 0; i < family.Count; i++)
        {
            if (context.ReferenceData.Drugs.FindByCode(family[i], context.DateOfService) is not { } row || row.BillingUnit.Unit != drug.BillingUnit.Unit)
            {
                continue;
            }

            members++;
            var amount = row.BillingUnit.Amount;
            covering = dose is { } d && amount >= d && (covering is null || amount < covering.BillingUnit.Amount) ? row : covering;
            largest = largest is null || amount >= largest.BillingUnit.Amount ? row : largest;
        }

        if (members < 2 || dose is null)
        {
            return drug;
        }

        var best = covering ?? largest!;
        if (!string.Equals(best.Hcpcs, drug.Hcpcs, StringComparison.OrdinalIgnoreCase))
        {
            rules.Add(DrugRules.DrgCode03);
        }

        return best;
    }
}
