using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;
using OncologyBilling.Scrubber.Rules.Administration;

namespace OncologyBilling.Scrubber.Rules.Services;

/// <summary>
/// Service lines from <c>services</c>: passed through, except 99211 with drug administration (removed, EM-01); office E/M
/// without modifier 25 beside drug administration (EM-02); G0463 without 25 (EM-03); physician E/M on a hospital claim
/// (EM-04); advance care planning from minutes (ACP-01…03).
/// </summary>
public sealed class ServiceLineStage : IScrubStage
{
    public string Name => "service-lines";

    public IReadOnlyList<RuleDefinition> Rules { get; } = [.. EmRules.All, .. AcpRules.All];

    public void Apply(ScrubContext context)
    {
        var services = context.Encounter.Services;
        var office = context.Encounter.Setting == CareSetting.Office;
        var admin = ServiceLines.HasDrugAdministration(context.Lines);
        var wellness = services.Any(s => s.Code is "G0438" or "G0439");
        var acpComputed = services.Any(s => s.Code == "99497" && s.Minutes is not null);
        foreach (var s in services)
        {
            if (s.Code == "99497")
            {
                AdvanceCarePlanning.Add(context, s, wellness);
            }
            else if (s.Code == "99498" && acpComputed)
            {
                context.Report(AcpRules.AddOn02, "99498 is computed from the 99497 minutes; the 99498 sent was replaced.", s.Path);
            }
            else if (s.Code == ServiceCodeFixStage.MistypedConcurrentCode)
            {
                // CODE-FIX-01 (ServiceCodeFixStage) already explained it; 96268 is never billed.
                continue;
            }
            else if (s.Code == "99211" && office && admin)
            {
                context.Report(EmRules.NoLowLevel01, "99211 is not payable with drug administration on the same date (with or without modifier 25); removed.", s.Path);
            }
            else
            {
                CheckEm(context, s, office, admin);
                context.Lines.Add(ServiceLines.From(s, s.Code, 1, s.Modifiers, RuleIdOf(s), $"{s.Code} passed through as sent."));
            }
        }

        context.Check(RuleFamilies.EvaluationAndManagement, CheckStatus.Checked, null);
        context.Check(RuleFamilies.AdvanceCarePlanning, CheckStatus.Checked, null);
    }

    private static void CheckEm(ScrubContext context, ServiceItem s, bool office, bool admin)
    {
        if (ServiceLines.IsOfficeEm(s.Code) && !office)
        {
            context.Report(EmRules.Facility04, $"{s.Code}: a physician E/M in the hospital outpatient department goes on the professional claim (POS 19/22); the hospital reports G0463.", s.Path);
        }
        else if (ServiceLines.IsOfficeEm(s.Code) && admin && !s.Modifiers.Contains("25"))
        {
            context.Report(EmRules.Modifier25, $"{s.Code} with drug administration needs modifier 25 and a significant, separately identifiable service; add 25 if documented.", s.Path);
        }
        else if (s.Code == "G0463" && !office && admin && !s.Modifiers.Contains("25"))
        {
            context.Report(EmRules.ClinicVisit03, "G0463 on a drug administration day: append modifier 25 when the visit is separately identifiable (UNCONFIRMED).", s.Path);
        }
    }

    private static string? RuleIdOf(ServiceItem s) =>
        ServiceLines.IsOfficeEm(s.Code) ? EmRules.Modifier25.Id : s.Code == "G0463" ? EmRules.ClinicVisit03.Id : null;
}
