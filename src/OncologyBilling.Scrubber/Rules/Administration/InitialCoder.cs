using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>Codes a group's initial drug service and, for infusions, its additional hours (ADM-TIME-01/02/03).</summary>
internal static class InitialCoder
{
    public static List<CodedItem> Code(TimelineGroup group, CareSetting setting)
    {
        if (group.Initial is not { Kind: not ServiceKind.Hydration } entry)
        {
            return [];
        }

        var facts = new Facts
        {
            { "service", entry }, { "kind", entry.Kind }, { "setting", setting },
            { "coversFirstHour", entry.IsInfusion && entry.Kind != ServiceKind.ChemotherapyPump },
        };
        List<CodedItem> items =
        [
            new(AdministrationCodes.InitialCode(entry.Kind), 1, [entry], Rules(group, setting, KindRules(entry.Kind)),
                new Reason(AdministrationRules.AdmInit01, facts), ClaimOrder.Initial)
            {
                Modifier = group.InitialModifier,
                Minutes = entry.Minutes,
                Category = entry.Kind == ServiceKind.HormonalInjection ? DrugCategory.HormonalAntineoplastic : entry.Category,
            },
        ];
        if (entry.Kind is ServiceKind.ChemotherapyInfusion or ServiceKind.TherapeuticInfusion
            && entry.Minutes is { } minutes && TimeUnits.AdditionalHours(minutes) > 0)
        {
            var chemo = entry.Kind == ServiceKind.ChemotherapyInfusion;
            var rule = chemo ? AdministrationRules.AdmTime02 : AdministrationRules.AdmTime03;
            var code = chemo ? AdministrationCodes.ChemotherapyHours : AdministrationCodes.TherapeuticHours;
            items.Add(new CodedItem(code, TimeUnits.AdditionalHours(minutes), [entry], [rule], new Reason(rule, HoursFacts(entry, minutes)),
                ClaimOrder.InitialHours) { Minutes = minutes });
        }

        return items;
    }

    /// <summary>ADM-INIT-01, the setting's selection rule (ADM-INIT-02 hospital, ADM-INIT-03 office, SET-03), the service's own rules, ADM-SITE-01.</summary>
    public static List<RuleDefinition> Rules(TimelineGroup group, CareSetting setting, IEnumerable<RuleDefinition> own)
    {
        var selection = setting == CareSetting.HospitalOutpatient ? AdministrationRules.AdmInit02 : AdministrationRules.AdmInit03;
        List<RuleDefinition> rules = [AdministrationRules.AdmInit01, selection, SettingRules.Set03, .. own];
        if (group.InitialModifier is not null)
        {
            rules.Add(AdministrationRules.AdmSite01);
        }

        return rules;
    }

    public static Facts HoursFacts(TimelineEntry entry, int minutes) =>
        new() { { "service", entry }, { "minutes", minutes }, { "units", TimeUnits.AdditionalHours(minutes) } };

    public static RuleDefinition[] KindRules(ServiceKind kind) => kind switch
    {
        ServiceKind.ChemotherapyInfusion => [AdministrationRules.AdmPush02, AdministrationRules.AdmTime01],
        ServiceKind.ChemotherapyPump => [AdministrationRules.AdmPump01],
        ServiceKind.TherapeuticInfusion => [AdministrationRules.AdmPush02, AdministrationRules.AdmTime03],
        ServiceKind.ChemotherapyPush or ServiceKind.TherapeuticPush => [AdministrationRules.AdmPush01],
        ServiceKind.ChemotherapyInjection or ServiceKind.HormonalInjection => [ClassificationRules.Cls07, AdministrationRules.AdmInj01],
        ServiceKind.TherapeuticInjection => [ClassificationRules.Cls08, AdministrationRules.AdmInj02],
        ServiceKind.OnBodyInjector => [ClassificationRules.Cls09],
        _ => [],
    };
}
