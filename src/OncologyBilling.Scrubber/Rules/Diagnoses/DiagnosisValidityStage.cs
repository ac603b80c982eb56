using OncologyBilling.ReferenceData.Icd;
using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Messages;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Diagnoses;

/// <summary>
/// Every diagnosis must be a billable ICD-10-CM code on the date of service (DX-00). The CDC file lists billable codes only,
/// so a code absent from it (C50.91) is a header or invalid. A release not covering the date of service is said in checks.
/// </summary>
public sealed class DiagnosisValidityStage : IScrubStage
{
    public string Name => "diagnosis-validity";

    public IReadOnlyList<RuleDefinition> Rules { get; } = [DiagnosisRules.Dx00];

    public void Apply(ScrubContext context)
    {
        var icd = context.ReferenceData.Icd;
        var covers = icd.Version.Covers(context.DateOfService);
        for (var i = 0; i < context.Encounter.Diagnoses.Count; i++)
        {
            var code = context.Encounter.Diagnoses[i];
            if (icd.Lookup(code) == IcdStatus.NotBillable)
            {
                // A release that does not cover the date of service cannot give a hard answer.
                context.Report(DiagnosisRules.Dx00, $"diagnoses[{i}]", new Facts { { "code", code }, { "release", icd.Version.Version } },
                    severity: covers ? FindingSeverity.Error : FindingSeverity.Warning);
            }
        }

        var note = covers ? null : CheckMessages.DiagnosesNotCovered(icd.Version.Version, context.DateOfService);
        context.Check(RuleFamilies.Diagnoses, covers ? CheckStatus.Checked : CheckStatus.Partial, $"icd10cm {icd.Version.Version}", note);
    }
}
