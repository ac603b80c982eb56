using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// Payment-status and payer modifiers on a drug line: packaged hospital drugs (DRG-WASTE-09, DRG-340B-04), 340B modifiers
/// by date from the matrix (DRG-340B-01…03, stacking on the JW line, DRG-340B-05), the ESA reminder (DRG-ESA-01) and the
/// payer's NDC requirement (NDC-06).
/// </summary>
internal static class DrugModifiers
{
    public static void Apply(ScrubContext context, IReadOnlyList<DrugPortion> portions, ClaimLine line, ClaimLine? jw)
    {
        var si = DrugPayment.StatusIndicator(context, line.Code);
        var packaged = !DrugPayment.IsSeparatelyPayable(context, line.Code);
        var singleDose = portions.Any(p => p.Administration.Source.Vials.Any(v => v.SingleDose));
        if (packaged && singleDose)
        {
            context.Report(DrugRules.DrgWaste09, $"{line.Code}: OPPS status indicator {si} (not separately payable) takes no JW/JZ.", null, line);
            line.RuleIds.Add(DrugRules.DrgWaste09.Id);
        }

        if (context.Encounter.BillingProvider.Is340BCoveredEntity && portions.Any(p => p.Administration.Source.Acquired340B))
        {
            Apply340B(context, line, jw, packaged, si);
        }

        if (context.ReferenceData.DrugFacts.Find(line.Code) is { Esa: true })
        {
            context.Report(DrugRules.DrgEsa01, $"{line.Code}: append exactly one of EA (anemia from chemotherapy), EB (from radiotherapy) or EC (neither); the request does not say which.", null, line);
        }

        if (line.Ndc is null && context.Options.Drugs.NdcRequiredPayers.Contains(context.Encounter.Payer.Type))
        {
            context.Report(NdcRules.Ndc06, $"{line.Code}: the {Wording.Payer(context.Encounter.Payer.Type)} payer requires the NDC of the product given on each drug line.", null, line);
        }
    }

    private static void Apply340B(ScrubContext context, ClaimLine line, ClaimLine? jw, bool packaged, string? si)
    {
        if (packaged)
        {
            context.Report(DrugRules.Drg340B04, $"{line.Code}: packaged (SI {si}); the 340B modifier is optional and not appended.", null, line);
            return;
        }

        var modifier = context.ReferenceData.Modifiers340B.Find(context.DateOfService);
        if (modifier is null || context.ReferenceData.Hcpcs.IsActiveOn(modifier, context.DateOfService) == false)
        {
            context.Report(DrugRules.Drg340B01, Findings.FindingSeverity.Warning, $"{line.Code}: no 340B modifier is defined for {context.DateOfService:yyyy-MM-dd} in the 340B matrix; add it by hand.", null, line);
            return;
        }

        var rule = context.DateOfService.Year == 2024 ? DrugRules.Drg340B02 : DrugRules.Drg340B03;
        foreach (var target in jw is null ? [line] : new[] { line, jw })
        {
            target.Modifiers.Add(modifier);
            target.RuleIds.AddRange([DrugRules.Drg340B01.Id, rule.Id]);
        }
    }
}
