using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Drugs;

/// <summary>
/// JW/JZ lines sent as services beside the drug lines built from the administrations, decided with those lines: JW and JZ
/// together or JZ beside a JW line (DRG-WASTE-05), JW where rounding already covers the vial (DRG-WASTE-04) or on a
/// multiple-dose drug (DRG-WASTE-06). Such a service is settled here and never billed, with a warning (the returned claim
/// does not carry it, so it is not rejected); any other passes through.
/// </summary>
internal static class SentWasteModifiers
{
    public static void Decide(ScrubContext context, IReadOnlyList<DrugLines> built)
    {
        foreach (var sent in context.Encounter.Services)
        {
            var modifiers = sent.Modifiers.Distinct(StringComparer.Ordinal).ToArray();
            if (!modifiers.Contains("JW") && !modifiers.Contains("JZ"))
            {
                continue;
            }

            if (RuleFor(modifiers, [.. built.Where(b => b.Line.Code == sent.Code)]) is { } rule)
            {
                context.Settle(sent);
                // The engine settles the sent line itself (it is never billed): a warning, not an error (issue 11 item 5).
                context.Report(rule, sent.Path, new Facts { { "sent", string.Join('-', [sent.Code, .. modifiers]) }, { "units", 1 } }, severity: FindingSeverity.Warning);
            }
        }
    }

    private static RuleDefinition? RuleFor(string[] modifiers, DrugLines[] drug)
    {
        var jw = modifiers.Contains("JW");
        if (jw && modifiers.Contains("JZ"))
        {
            return DrugRules.DrgWaste05;
        }

        if (drug.Length == 0)
        {
            return null;
        }

        var built = drug[0];
        var jz = built.Line.Modifiers.Contains("JZ");
        var jwLine = drug.Any(d => d.Waste is not null);
        return jw switch
        {
            true when built.Has(DrugRules.DrgWaste06) => DrugRules.DrgWaste06,
            true when built.Has(DrugRules.DrgWaste04) => DrugRules.DrgWaste04,
            true when jz || jwLine => DrugRules.DrgWaste05,
            false when jwLine || jz => DrugRules.DrgWaste05,
            _ => null,
        };
    }
}
