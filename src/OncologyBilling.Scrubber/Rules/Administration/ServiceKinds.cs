using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>Push vs infusion vs injection (ADM-PUSH-01/02, CLS-07/08/09, ADM-PUMP-01): which service an infusate is.</summary>
internal static class ServiceKinds
{
    /// <summary>The service, or null when the route is not supported for the category (CLS-10).</summary>
    public static ServiceKind? Of(DrugCategory category, AdministrationRoute route, int? minutes, bool pump)
    {
        var antineoplastic = category is DrugCategory.Chemotherapy or DrugCategory.HormonalAntineoplastic;
        if (category == DrugCategory.Hydration)
        {
            return route == AdministrationRoute.IvInfusion ? ServiceKind.Hydration : null;
        }

        var isPush = route == AdministrationRoute.IvPush
            || (route == AdministrationRoute.IvInfusion && minutes <= AdministrationCodes.MaxPushMinutes);
        return route switch
        {
            _ when isPush => antineoplastic ? ServiceKind.ChemotherapyPush : ServiceKind.TherapeuticPush,
            AdministrationRoute.IvInfusion when antineoplastic && pump && minutes >= AdministrationCodes.MinPumpMinutes => ServiceKind.ChemotherapyPump,
            AdministrationRoute.IvInfusion => antineoplastic ? ServiceKind.ChemotherapyInfusion : ServiceKind.TherapeuticInfusion,
            AdministrationRoute.OnBodyInjector => ServiceKind.OnBodyInjector,
            _ => category switch
            {
                DrugCategory.Chemotherapy => ServiceKind.ChemotherapyInjection,
                DrugCategory.HormonalAntineoplastic => ServiceKind.HormonalInjection,
                _ => ServiceKind.TherapeuticInjection,
            },
        };
    }
}
