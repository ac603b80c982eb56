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
        if (packaged && AnySingleDose(portions))
        {
            context.Report(DrugRules.DrgWaste09, null, new Facts { { "code", line.Code }, { "si", si ?? string.Empty } }, line);
            line.Stamp(DrugRules.DrgWaste09);
        }

        if (context.Encounter.BillingProvider.Is340BCoveredEntity && portions.Any(p => p.Administration.Source.Acquired340B))
        {
            Apply340B(context, line, jw, packaged, si);
        }

        if (context.ReferenceData.DrugFacts.Find(line.Code) is { Esa: true })
        {
            context.Report(DrugRules.DrgEsa01, null, Code(line), line);
        }

        if (line.Ndc is null && context.Options.Drugs.NdcRequiredPayers.Contains(context.Encounter.Payer.Type))
        {
            context.Report(NdcRules.Ndc06, null, new Facts { { "code", line.Code }, { "payer", context.Encounter.Payer.Type } }, line);
        }
    }

    private static void Apply340B(ScrubContext context, ClaimLine line, ClaimLine? jw, bool packaged, string? si)
    {
        if (packaged)
        {
            context.Report(DrugRules.Drg340B04, null, new Facts { { "code", line.Code }, { "si", si ?? string.Empty } }, line);
            return;
        }

        var modifier = context.ReferenceData.Modifiers340B.Find(context.DateOfService);
        if (modifier is null || context.ReferenceData.Hcpcs.IsActiveOn(modifier, context.DateOfService) == false)
        {
            context.Report(DrugRules.Drg340B01, null, new Facts { { "code", line.Code }, { "date", context.DateOfService } }, line, FindingSeverity.Warning);
            return;
        }

        var rule = context.DateOfService.Year == 2024 ? DrugRules.Drg340B02 : DrugRules.Drg340B03;
        foreach (var target in jw is null ? [line] : new[] { line, jw })
        {
            target.Modifiers.Add(modifier);
            target.Stamp(DrugRules.Drg340B01, rule);
        }
    }

    private static bool AnySingleDose(IReadOnlyList<DrugPortion> portions) =>
        portions.Any(p => p.Administration.Source.Vials.Any(v => v.SingleDose));

    private static Facts Code(ClaimLine line) => new() { { "code", line.Code } };
}
