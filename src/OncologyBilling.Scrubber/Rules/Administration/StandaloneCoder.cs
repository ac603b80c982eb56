using OncologyBilling.Scrubber.Findings;
using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;
using OncologyBilling.Scrubber.Pipeline;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Services that are reported on their own code even when they are not the initial service: SC/IM injections
/// (ADM-INJ-01/02/03, CLS-07/08), on-body injectors (CLS-09) and pump initiations (ADM-PUMP-01).
/// </summary>
internal static class StandaloneCoder
{
    public static CodedItem Code(TimelineEntry entry)
    {
        var code = AdministrationCodes.InitialCode(entry.Kind);
        var pump = entry.Kind == ServiceKind.ChemotherapyPump;
        var reason = pump ? AdministrationRules.AdmPump01 : AdministrationRules.AdmInj03;
        RuleDefinition[] rules = pump ? InitialCoder.KindRules(entry.Kind) : [.. InitialCoder.KindRules(entry.Kind), reason];
        return new CodedItem(code, 1, [entry], rules, new Reason(reason, new Facts { { "service", entry }, { "kind", entry.Kind } }), ClaimOrder.AddOn(code))
        {
            Category = entry.Kind == ServiceKind.HormonalInjection ? DrugCategory.HormonalAntineoplastic : entry.Category,
            Minutes = entry.Minutes,
        };
    }
}
