using System.Runtime.CompilerServices;
using OncologyBilling.ReferenceData;
using OncologyBilling.ReferenceData.Ncci;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Messages;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Edits;

/// <summary>
/// NCCI procedure-to-procedure edits from the CMS table of the claim type (NCCI-01): every pair of lines on the same date
/// is looked up; what the table does not allow is corrected (<see cref="PtpResolution"/>), so no returned line is one
/// the edit would deny. Without PTP data nothing is checked and checks says notChecked; a release that does not cover
/// the date of service is applied and checks says partial, naming it.
/// </summary>
public sealed class PtpEditStage : IScrubStage
{
    public string Name => "ncci-ptp";

    // "ncci-ptp-practitioner 2026Q1" names the table in checks and findings; written once per release.
    private static readonly ConditionalWeakTable<TableVersion, string> Releases = new();

    public IReadOnlyList<RuleDefinition> Rules { get; } = [NcciRules.Ncci01, NcciRules.Ncci07, NcciRules.Ncci08, NcciRules.AdmBund03];

    public void Apply(ScrubContext context)
    {
        var ptp = context.Encounter.Setting == CareSetting.Office ? context.ReferenceData.Ptp.Practitioner : context.ReferenceData.Ptp.Hospital;
        if (ptp.IsEmpty)
        {
            context.Check(RuleFamilies.NcciPtp, CheckStatus.NotChecked, null,
                "no NCCI PTP data is loaded for this claim type; code pairs were not checked");
            return;
        }

        var release = Releases.GetValue(ptp.Version, static v => $"{v.Table} {v.Version}");
        HashSet<ClaimLine>? removed = null;
        foreach (var column2 in context.Lines.ToArray())
        {
            foreach (var column1 in context.Lines)
            {
                if (ReferenceEquals(column1, column2) || removed?.Contains(column1) == true || removed?.Contains(column2) == true
                    || DateOf(context, column1) != DateOf(context, column2))
                {
                    continue;
                }

                if (ptp.Find(column1.Code, column2.Code, DateOf(context, column2)) is { ModifierIndicator: 0 or 1 } edit
                    && PtpResolution.Resolve(context, column1, column2, edit, release) is { } removal)
                {
                    (removed ??= new HashSet<ClaimLine>(ReferenceEqualityComparer.Instance)).Add(removal);
                }
            }
        }

        if (removed is not null)
        {
            context.Lines.RemoveAll(removed.Contains);
        }

        Report(context, ptp, release);
    }

    private static DateOnly DateOf(ScrubContext context, ClaimLine line) => line.ServiceDate ?? context.DateOfService;

    private static void Report(ScrubContext context, PtpTable ptp, string release)
    {
        if (ptp.Version.Covers(context.DateOfService))
        {
            context.Check(RuleFamilies.NcciPtp, CheckStatus.Checked, release);
            return;
        }

        context.Check(RuleFamilies.NcciPtp, CheckStatus.Partial, release, CheckMessages.PtpNotCovered(release, ptp.Version, context.DateOfService));
    }
}
