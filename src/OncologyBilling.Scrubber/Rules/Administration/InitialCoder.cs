using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>Codes a group's initial drug service and, for infusions, its additional hours (ADM-TIME-01/02/03).</summary>
internal static class InitialCoder
{
    public static IEnumerable<CodedItem> Code(TimelineGroup group, CareSetting setting)
    {
        if (group.Initial is not { Kind: not ServiceKind.Hydration } entry)
        {
            yield break;
        }

        var selection = setting == CareSetting.HospitalOutpatient ? AdministrationRules.AdmInit02.Id : AdministrationRules.AdmInit03.Id;
        List<string> rules = [AdministrationRules.AdmInit01.Id, selection, .. KindRules(entry.Kind)];
        if (group.InitialModifier is not null)
        {
            rules.Add(AdministrationRules.AdmSite01.Id);
        }

        var covers = entry.IsInfusion && entry.Kind != ServiceKind.ChemotherapyPump ? "; covers the first hour (up to 90 minutes)" : string.Empty;
        yield return new CodedItem(AdministrationCodes.InitialCode(entry.Kind), 1, [entry], rules, Why(entry.Kind, setting), Text.Describe(entry) + covers, 0)
        {
            Modifier = group.InitialModifier,
            Minutes = entry.Minutes,
            Category = entry.Kind == ServiceKind.HormonalInjection ? DrugCategory.HormonalAntineoplastic : entry.Category,
        };

        if (entry.Kind is ServiceKind.ChemotherapyInfusion or ServiceKind.TherapeuticInfusion && entry.Minutes is { } minutes && TimeUnits.AdditionalHours(minutes) > 0)
        {
            var chemo = entry.Kind == ServiceKind.ChemotherapyInfusion;
            yield return new CodedItem(chemo ? "96415" : "96366", TimeUnits.AdditionalHours(minutes), [entry],
                [chemo ? AdministrationRules.AdmTime02.Id : AdministrationRules.AdmTime03.Id], "Additional hours (an hour counts once more than 30 minutes of it have run)",
                $"{Text.Describe(entry)}: {TimeUnits.AdditionalHoursText(minutes)}", 1)
            { Minutes = minutes };
        }
    }

    public static string Why(ServiceKind kind, CareSetting setting) => setting == CareSetting.Office
        ? $"Initial {Label(kind)}, the primary reason for the encounter (by the hierarchy)"
        : $"Initial {Label(kind)}, highest in the hierarchy";

    public static string Label(ServiceKind kind) => kind switch
    {
        ServiceKind.ChemotherapyInfusion => "chemotherapy infusion",
        ServiceKind.ChemotherapyPump => "prolonged chemotherapy infusion on a pump (more than 8 hours)",
        ServiceKind.ChemotherapyPush => "chemotherapy push",
        ServiceKind.ChemotherapyInjection => "chemotherapy SC/IM injection",
        ServiceKind.HormonalInjection => "hormonal antineoplastic SC/IM injection",
        ServiceKind.TherapeuticInfusion => "therapeutic infusion",
        ServiceKind.TherapeuticPush => "therapeutic push",
        ServiceKind.TherapeuticInjection => "therapeutic SC/IM injection",
        ServiceKind.OnBodyInjector => "on-body injector application",
        _ => "hydration",
    };

    public static IEnumerable<string> KindRules(ServiceKind kind) => kind switch
    {
        ServiceKind.ChemotherapyInfusion => [AdministrationRules.AdmPush02.Id, AdministrationRules.AdmTime01.Id],
        ServiceKind.ChemotherapyPump => [AdministrationRules.AdmPump01.Id],
        ServiceKind.TherapeuticInfusion => [AdministrationRules.AdmPush02.Id, AdministrationRules.AdmTime03.Id],
        ServiceKind.ChemotherapyPush or ServiceKind.TherapeuticPush => [AdministrationRules.AdmPush01.Id],
        ServiceKind.ChemotherapyInjection or ServiceKind.HormonalInjection => [ClassificationRules.Cls07.Id, AdministrationRules.AdmInj01.Id],
        ServiceKind.TherapeuticInjection => [ClassificationRules.Cls08.Id, AdministrationRules.AdmInj02.Id],
        ServiceKind.OnBodyInjector => [ClassificationRules.Cls09.Id],
        _ => [],
    };
}
