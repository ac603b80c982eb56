using OncologyBilling.ReferenceData.Ncci;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
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
        var pair = $"{Describe(column2)} with {Describe(column1)}";
        var modifier = context.Options.DistinctServiceModifier(context.Encounter.Payer.Type);
        if (edit.ModifierIndicator == 1 && (ServiceLines.IsOfficeEm(column2.Code) || column2.Modifiers.Any(m => Bypass.Contains(m))))
        {
            if (!ServiceLines.IsOfficeEm(column2.Code) && column2.Kind == LineKind.Service)
            {
                context.Report(NcciRules.Bypass08, $"{pair}: {release} allows the pair only with an NCCI-associated modifier; the {string.Join('/', column2.Modifiers.Where(m => Bypass.Contains(m)))} sent is kept, but the documentation must show a distinct service (a separate site or encounter).", PathOf(column2), column2);
            }

            return null;
        }

        if (edit.ModifierIndicator == 1 && column2.Kind == LineKind.Administration && InjectionCodes.Contains(column2.Code))
        {
            column2.Modifiers.Add(modifier);
            column2.RuleIds.Add(NcciRules.Ptp01.Id);
            column2.Explanation += $" Modifier {modifier}: a separately documented injection (its own site), which {release} allows beside {column1.Code} only with an NCCI-associated modifier (indicator 1).";
            context.Report(NcciRules.Ptp01, FindingSeverity.Info, $"{pair}: {release} allows the pair only with an NCCI-associated modifier (indicator 1); the injection is documented as its own administration at its own site, so {modifier} was appended.", PathOf(column2), column2);
            return null;
        }

        var allows = edit.ModifierIndicator == 0
            ? "never pays them together on the same date (modifier indicator 0, no modifier bypasses it)"
            : $"pays {column2.Code} beside {column1.Code} only with modifier {modifier} (indicator 1) when the documentation shows a distinct service, such as a separate IV site the protocol required (send the administration with separateSiteRequired and its accessSite), and nothing documents one";
        if (column1.Kind == LineKind.Service && column2.Kind != LineKind.Service)
        {
            // The administrations document column 2; the code sent as a service conflicts with them and goes instead.
            context.Report(RuleFor(column1), FindingSeverity.Warning,
                $"{pair}: {release} {allows}; {column2.Code} is documented by the administrations, so the {column1.Code} sent was removed (document that service as an administration if it was given).", PathOf(column1));
            return column1;
        }

        context.Report(RuleFor(column2), FindingSeverity.Warning, $"{pair}: {release} {allows}; {column2.Code} removed.", PathOf(column2));
        return column2;
    }

    private static RuleDefinition RuleFor(ClaimLine column2) => column2.Code switch
    {
        "96523" => NcciRules.PortFlush07,
        "36591" or "36592" => NcciRules.PortDraw03,
        _ => NcciRules.Ptp01,
    };

    private static string Describe(ClaimLine line) =>
        line.Modifiers.Count == 0 ? line.Code : $"{line.Code}-{string.Join('-', line.Modifiers)}";

    private static string? PathOf(ClaimLine line) => line.Kind == LineKind.Service
        ? line.AdministrationIds.FirstOrDefault()
        : line.AdministrationIndexes.Count > 0 ? $"administrations[{line.AdministrationIndexes[0]}]" : null;
}
