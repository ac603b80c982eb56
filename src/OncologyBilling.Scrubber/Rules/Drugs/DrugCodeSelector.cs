using OncologyBilling.ReferenceData.Drugs;
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
        var rules = new List<string>();
        var ndc = NormalizeNdc(context, a, rules);
        if (ndc is not null)
        {
            return new DrugSelection(FromCrosswalk(context, a, drug, ndc, rules), ndc, rules);
        }

        return new DrugSelection(BestFit(context, drug, dose, rules), null, rules);
    }

    private static string? NormalizeNdc(ScrubContext context, ClassifiedAdministration a, List<string> rules)
    {
        if (a.Source.Drug.Ndc is not { Length: > 0 } raw)
        {
            return null;
        }

        var result = NdcNormalizer.Normalize(raw);
        if (result.Ndc11 is null)
        {
            context.Report(NdcRules.Ndc04, $"NDC '{raw}' cannot be converted to 11 digits unambiguously; send it hyphenated (4-4-2, 5-3-2 or 5-4-1) or as 11 digits.", $"{a.Source.Path}.drug.ndc");
        }
        else
        {
            rules.Add(result.Rule.Id);
        }

        return result.Ndc11;
    }

    private static DrugRow FromCrosswalk(ScrubContext context, ClassifiedAdministration a, DrugRow drug, string ndc, List<string> rules)
    {
        var crosswalk = context.ReferenceData.Crosswalk;
        var codes = crosswalk.Find(ndc).Select(r => r.Hcpcs).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var path = $"{a.Source.Path}.drug.ndc";
        if (codes.Length == 0)
        {
            if (crosswalk.IsComplete || crosswalk.CoveredCodes.Contains(drug.Hcpcs))
            {
                context.Report(NdcRules.Ndc08, $"NDC {ndc} is not in the ASP NDC-HCPCS crosswalk {crosswalk.Version.Version}; {drug.Hcpcs} cannot be confirmed from it.", path);
            }

            return drug;
        }

        if (codes.Contains(drug.Hcpcs, StringComparer.OrdinalIgnoreCase))
        {
            rules.Add(DrugRules.DrgCode01.Id);
            return drug;
        }

        var mapped = codes.Select(c => context.ReferenceData.Drugs.FindByCode(c, context.DateOfService)).FirstOrDefault(r => r is not null);
        if (a.Source.Drug.Hcpcs is null && mapped is not null)
        {
            // The EHR named another drug than the product given: bill the product, but have someone look.
            context.Report(DrugRules.DrgCode01, Findings.FindingSeverity.Warning, $"NDC {ndc} maps to {mapped.Hcpcs} ({mapped.Generic}) in the ASP crosswalk; billed under {mapped.Hcpcs} instead of {drug.Hcpcs} ({drug.Generic}) named in the request.", path);
            rules.Add(DrugRules.DrgCode01.Id);
            return mapped;
        }

        ReportMismatch(context, drug, ndc, codes, path);
        return drug;
    }

    private static void ReportMismatch(ScrubContext context, DrugRow drug, string ndc, string[] codes, string path)
    {
        var hcpcs = context.ReferenceData.Hcpcs;
        bool Biosimilar(string code) => hcpcs.Find(code) is { } row && (row.IsBiosimilar || row.ExcludesBiosimilar);
        var mapped = string.Join(", ", codes);
        if (Biosimilar(drug.Hcpcs) || codes.Any(Biosimilar))
        {
            context.Report(DrugRules.DrgCode02, $"NDC {ndc} maps to {mapped} but the line bills {drug.Hcpcs}: biosimilar and reference-product codes are not interchangeable.", path);
        }
        else
        {
            context.Report(NdcRules.Ndc08, $"NDC {ndc} maps to {mapped} in the ASP crosswalk, not to {drug.Hcpcs}.", path);
        }
    }

    private static DrugRow BestFit(ScrubContext context, DrugRow drug, decimal? dose, List<string> rules)
    {
        var family = context.ReferenceData.DrugFacts.Family(drug.Hcpcs)
            .Select(c => context.ReferenceData.Drugs.FindByCode(c, context.DateOfService))
            .OfType<DrugRow>()
            .Where(r => r.BillingUnit.Unit == drug.BillingUnit.Unit)
            .OrderBy(r => r.BillingUnit.Amount)
            .ToArray();
        if (family.Length < 2 || dose is not { } d)
        {
            return drug;
        }

        var best = family.FirstOrDefault(r => r.BillingUnit.Amount >= d) ?? family[^1];
        if (!string.Equals(best.Hcpcs, drug.Hcpcs, StringComparison.OrdinalIgnoreCase))
        {
            rules.Add(DrugRules.DrgCode03.Id);
        }

        return best;
    }
}
