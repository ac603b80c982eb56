using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Edits;

/// <summary>
/// NCCI procedure-to-procedure edits from the CMS table of the claim type (NCCI-01, NCCI-09). Without a release in effect
/// on the date of service nothing is checked (notChecked); a release that ended before it, or an extract that lacks a
/// line's code, is applied and reported partial with the release named, never a silent pass.
/// </summary>
public sealed class PtpEditStage : IScrubStage
{
    private static readonly string[] Bypass = ["59", "XE", "XS", "XP", "XU"];

    public string Name => "ncci-ptp";

    public IReadOnlyList<RuleDefinition> Rules { get; } = [NcciRules.Ncci01];

    public void Apply(ScrubContext context)
    {
        var ptp = context.Encounter.Setting == CareSetting.Office ? context.ReferenceData.Ptp.Practitioner : context.ReferenceData.Ptp.Hospital;
        var release = $"{ptp.Version.Table} {ptp.Version.Version}";
        if (ptp.IsEmpty || context.DateOfService < ptp.Version.EffectiveFrom)
        {
            context.Check(RuleFamilies.NcciPtp, CheckStatus.NotChecked, ptp.IsEmpty ? null : release,
                $"no NCCI PTP release loaded covers {context.DateOfService:yyyy-MM-dd} (the loaded one takes effect {ptp.Version.EffectiveFrom:yyyy-MM-dd}); code pairs were not checked");
            return;
        }

        // A release that does not cover the date of service misses edits added, deleted or re-indicated since: no hard answer.
        var covers = ptp.Version.Covers(context.DateOfService);
        foreach (var column1 in context.Lines)
        {
            foreach (var column2 in context.Lines.Where(l => !ReferenceEquals(l, column1)))
            {
                if (ptp.Find(column1.Code, column2.Code, context.DateOfService) is { ModifierIndicator: 0 or 1 } edit)
                {
                    Report(context, column1, column2, edit.ModifierIndicator, covers ? null : release);
                }
            }
        }

        var notes = new List<string>();
        if (!covers)
        {
            notes.Add($"NCCI PTP {ptp.Version.Version} ({ptp.Version.EffectiveFrom:yyyy-MM-dd} to {ptp.Version.EffectiveTo:yyyy-MM-dd}) does not cover "
                + $"{context.DateOfService:yyyy-MM-dd}: edits added, deleted or re-indicated since are missing; findings are warnings");
        }

        var uncovered = context.Lines.Select(l => l.Code).Where(c => !ptp.Covers(c)).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (uncovered.Length > 0 && context.Lines.Count > 1)
        {
            notes.Add($"the loaded PTP table holds only pairs among the administration, E/M and ACP codes; pairs with {string.Join(", ", uncovered)} were not checked");
        }

        context.Check(RuleFamilies.NcciPtp, notes.Count == 0 ? CheckStatus.Checked : CheckStatus.Partial, release, notes.Count == 0 ? null : string.Join("; ", notes));
    }

    private static void Report(ScrubContext context, ClaimLine column1, ClaimLine column2, int indicator, string? staleRelease)
    {
        var bypassed = column2.Modifiers.Any(m => Bypass.Contains(m) || (m == "25" && column2.Kind == LineKind.Service));
        var facts = new Facts { { "code", column2.Code }, { "column1", column1.Code }, { "indicator", indicator } };
        if (staleRelease is not null)
        {
            facts.Add("staleRelease", staleRelease);
        }

        if (indicator == 0)
        {
            // A release that does not cover the date of service cannot give a hard answer.
            context.Report(NcciRules.Ncci01, null, facts, column2, staleRelease is null ? FindingSeverity.Error : FindingSeverity.Warning);
        }
        else if (!bypassed)
        {
            context.Report(NcciRules.Ncci01, null, facts, column2, FindingSeverity.Warning);
        }
    }
}
