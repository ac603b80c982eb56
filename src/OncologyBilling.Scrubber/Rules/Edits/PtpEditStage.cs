using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Edits;

/// <summary>
/// NCCI procedure-to-procedure edits from the CMS table of the claim type (NCCI-01). Without PTP data covering the date of
/// service nothing is checked and checks says notChecked, never a silent pass.
/// </summary>
public sealed class PtpEditStage : IScrubStage
{
    private static readonly string[] Bypass = ["59", "XE", "XS", "XP", "XU"];

    public string Name => "ncci-ptp";

    public IReadOnlyList<RuleDefinition> Rules { get; } = [NcciRules.Ncci01];

    public void Apply(ScrubContext context)
    {
        var ptp = context.Encounter.Setting == CareSetting.Office ? context.ReferenceData.Ptp.Practitioner : context.ReferenceData.Ptp.Hospital;
        if (ptp.IsEmpty || context.DateOfService < ptp.Version.EffectiveFrom)
        {
            context.Check(RuleFamilies.NcciPtp, CheckStatus.NotChecked, null,
                "no NCCI PTP data covers this date of service (the CMS PTP files are not loaded); code pairs were not checked");
            return;
        }

        foreach (var column1 in context.Lines)
        {
            foreach (var column2 in context.Lines.Where(l => !ReferenceEquals(l, column1)))
            {
                if (ptp.Find(column1.Code, column2.Code, context.DateOfService) is { ModifierIndicator: 0 or 1 } edit)
                {
                    Report(context, column1, column2, edit.ModifierIndicator);
                }
            }
        }

        context.Check(RuleFamilies.NcciPtp, CheckStatus.Checked, $"{ptp.Version.Table} {ptp.Version.Version}");
    }

    private static void Report(ScrubContext context, ClaimLine column1, ClaimLine column2, int indicator)
    {
        var bypassed = column2.Modifiers.Any(m => Bypass.Contains(m) || (m == "25" && column2.Kind == LineKind.Service));
        var facts = new Facts { { "code", column2.Code }, { "column1", column1.Code }, { "indicator", indicator } };
        if (indicator == 0)
        {
            context.Report(NcciRules.Ncci01, null, facts, column2);
        }
        else if (!bypassed)
        {
            context.Report(NcciRules.Ncci01, null, facts, column2, FindingSeverity.Warning);
        }
    }
}
