using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Services;

/// <summary>
/// Service lines from <c>services</c>: passed through, except 99211 with drug administration (removed, EM-01); office E/M
/// without modifier 25 beside drug administration (EM-02); G0463 without 25 (EM-03); physician E/M on a hospital claim
/// (EM-04); advance care planning from minutes (ACP-01…03). Services an earlier stage settled (96268, JW/JZ lines) are
/// passed by: each sent service is decided once.
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
            if (context.IsSettled(s))
            {
                continue;
            }

            if (s.Code == "99497")
            {
                AdvanceCarePlanning.Add(context, s, wellness);
            }
            else if (s.Code == "99498" && acpComputed)
            {
                context.Report(AcpRules.Acp02, s.Path, Facts.None);
            }
            else if (s.Code == "99211" && office && admin)
            {
                context.Report(EmRules.Em01, s.Path, Facts.None);
            }
            else
            {
                CheckEm(context, s, office, admin);
                context.Lines.Add(RuleOf(s) is { } rule
                    ? ServiceLines.From(s, s.Code, 1, s.Modifiers, rule, new Facts { { "code", s.Code } })
                    : ServiceLines.PassedThrough(s));
            }
        }

        context.Check(RuleFamilies.EvaluationAndManagement, CheckStatus.Checked, null);
        context.Check(RuleFamilies.AdvanceCarePlanning, CheckStatus.Checked, null);
    }

    private static void CheckEm(ScrubContext context, ServiceItem s, bool office, bool admin)
    {
        if (ServiceLines.IsOfficeEm(s.Code) && !office)
        {
            context.Report(EmRules.Em04, s.Path, new Facts { { "code", s.Code } });
        }
        else if (ServiceLines.IsOfficeEm(s.Code) && admin && !s.Modifiers.Contains("25"))
        {
            context.Report(EmRules.Em02, s.Path, new Facts { { "code", s.Code } });
        }
        else if (s.Code == "G0463" && !office && admin && !s.Modifiers.Contains("25"))
        {
            context.Report(EmRules.Em03, s.Path, Facts.None);
        }
    }

    private static RuleDefinition? RuleOf(ServiceItem s) =>
        ServiceLines.IsOfficeEm(s.Code) ? EmRules.Em02 : s.Code == "G0463" ? EmRules.Em03 : null;
}
