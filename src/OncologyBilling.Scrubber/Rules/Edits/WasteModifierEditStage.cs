using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Edits;

/// <summary>
/// JW/JZ sent as services beside the drug lines built from the administrations: JW and JZ together or JZ beside a JW line
/// (DRG-WASTE-05), JW where rounding already covers the vial (DRG-WASTE-04) or on a multiple-dose drug (DRG-WASTE-06).
/// Such lines are removed with a warning (the returned claim no longer carries them, so it is not rejected); the drug line
/// built from the documentation stays.
/// </summary>
public sealed class WasteModifierEditStage : IScrubStage
{
    public string Name => "waste-modifier-edits";

    public IReadOnlyList<RuleDefinition> Rules { get; } = [DrugRules.DrgWaste04, DrugRules.DrgWaste05, DrugRules.DrgWaste06];

    public void Apply(ScrubContext context)
    {
        foreach (var sent in context.Lines.Where(l => l.Kind == LineKind.Service && (l.Modifiers.Contains("JW") || l.Modifiers.Contains("JZ"))).ToArray())
        {
            var drugLines = context.Lines.Where(l => l.Kind == LineKind.Drug && l.Code == sent.Code).ToArray();
            var rule = RuleFor(sent, drugLines);
            if (rule is null)
            {
                continue;
            }

            context.Lines.Remove(sent);
            // The engine removed the line itself: the returned claim is billable, so this is a warning, not an error (issue 11 item 5).
            context.Report(rule, FindingSeverity.Warning, $"{sent.Code}-{string.Join('-', sent.Modifiers)} × {sent.Units} sent as a service: {Reason(rule)}; removed.", sent.AdministrationIds.FirstOrDefault());
        }
    }

    private static RuleDefinition? RuleFor(ClaimLine sent, ClaimLine[] drugLines)
    {
        var jw = sent.Modifiers.Contains("JW");
        if (jw && sent.Modifiers.Contains("JZ"))
        {
            return DrugRules.DrgWaste05;
        }

        var built = drugLines.FirstOrDefault(l => !l.Modifiers.Contains("JW"));
        if (built is null)
        {
            return null;
        }

        var hasJwLine = drugLines.Any(l => l.Modifiers.Contains("JW"));
        return jw switch
        {
            true when built.RuleIds.Contains(DrugRules.DrgWaste06.Id) => DrugRules.DrgWaste06,
            true when built.RuleIds.Contains(DrugRules.DrgWaste04.Id) => DrugRules.DrgWaste04,
            true when built.Modifiers.Contains("JZ") || hasJwLine => DrugRules.DrgWaste05,
            false when hasJwLine || built.Modifiers.Contains("JZ") => DrugRules.DrgWaste05,
            _ => null,
        };
    }

    private static string Reason(RuleDefinition rule) => rule.Id switch
    {
        "DRG-WASTE-04" => "the administered units already cover the container, so a JW line is an overpayment",
        "DRG-WASTE-06" => "the drug came from a multiple-dose container, which takes no JW",
        _ => "JW and JZ cannot both apply to one drug and date",
    };
}
