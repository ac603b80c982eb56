using OncologyBilling.ReferenceData.Ncci;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Findings.Messages;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.Rules.Services;

namespace OncologyBilling.Scrubber.Rules.Edits;

/// <summary>
/// What one PTP edit does to its column-2 line (NCCI-01): indicator 0 removes it; indicator 1 keeps it only with an
/// NCCI-associated modifier the documentation supports: the engine's second-site initial already carries one
/// (ADM-SITE-01), a documented SC/IM or on-body injection is a separate injection and gets the distinct-service
/// modifier, a modifier sent on a service is kept with a warning (NCCI-08); anything else is removed, naming the modifier
/// that would allow it. When column 1 is a code sent as a service and column 2 a line the administrations document, the
/// sent code goes instead: documentation wins over a code that conflicts with it. E/M beside drug administration is
/// left to the E/M rules (EM-01…04: 99211 removed, 25 required).
/// </summary>
internal static class PtpResolution
{
    private static readonly string[] Bypass = ["59", "XE", "XP", "XS", "XU"];
    private static readonly string[] InjectionCodes = ["96372", "96401", "96402", "96377"];

    /// <summary>The line the edit removes (usually <paramref name="column2"/>), or null; the finding that says so is reported.</summary>
    public static ClaimLine? Resolve(ScrubContext context, ClaimLine column1, ClaimLine column2, PtpRow edit, string release)
    {
        var modifier = context.Options.DistinctServiceModifier(context.Encounter.Payer.Type);
        var facts = new Facts
        {
            { "column1", Describe(column1) }, { "column2", Describe(column2) }, { "release", release }, { "indicator", edit.ModifierIndicator },
            { "modifier", modifier },
        };
        if (edit.ModifierIndicator == 1 && (ServiceLines.IsOfficeEm(column2.Code) || column2.Modifiers.Any(m => Bypass.Contains(m))))
        {
            if (!ServiceLines.IsOfficeEm(column2.Code) && column2.Kind == LineKind.Service)
            {
                facts.Add("sent", string.Join('/', column2.Modifiers.Where(m => Bypass.Contains(m))));
                context.Report(NcciRules.Ncci08, PathOf(column2), facts, column2);
            }

            return null;
        }

        if (edit.ModifierIndicator == 1 && column2.Kind == LineKind.Administration && InjectionCodes.Contains(column2.Code))
        {
            facts.Add("appended", true);
            column2.Explanation = $"{column2.Explanation} {MessageCatalog.Explain([new Reason(NcciRules.Ncci01, facts)])}";
            column2.Modifiers.Add(modifier);
            column2.Stamp(NcciRules.Ncci01);
            context.Report(NcciRules.Ncci01, PathOf(column2), facts, column2, FindingSeverity.Info);
            return null;
        }

        // The administrations document column 2; a code sent as a service that conflicts with them goes instead.
        var removed = column1.Kind == LineKind.Service && column2.Kind != LineKind.Service ? column1 : column2;
        facts.Add("removed", removed.Code);
        facts.Add("sentRemoved", removed == column1);
        context.Report(RuleFor(removed), PathOf(removed), facts);
        return removed;
    }

    private static RuleDefinition RuleFor(ClaimLine removed) => removed.Code switch
    {
        "96523" => NcciRules.Ncci07,
        "36591" or "36592" => NcciRules.AdmBund03,
        _ => NcciRules.Ncci01,
    };

    private static string Describe(ClaimLine line) =>
        line.Modifiers.Count == 0 ? line.Code : $"{line.Code}-{string.Join('-', line.Modifiers)}";

    private static string? PathOf(ClaimLine line) => line.Kind == LineKind.Service
        ? line.AdministrationIds.FirstOrDefault()
        : line.AdministrationIndexes.Count > 0 ? $"administrations[{line.AdministrationIndexes[0]}]" : null;
}
