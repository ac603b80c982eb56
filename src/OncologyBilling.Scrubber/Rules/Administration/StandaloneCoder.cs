using OncologyBilling.Scrubber.Findings.Catalog;
using OncologyBilling.Scrubber.Model;

namespace OncologyBilling.Scrubber.Rules.Administration;

/// <summary>
/// Services that are reported on their own code even when they are not the initial service: SC/IM injections
/// (ADM-INJ-01/02/03, CLS-07/08), on-body injectors (CLS-09) and pump initiations (ADM-PUMP-01).
/// </summary>
internal static class StandaloneCoder
{
    public static IEnumerable<CodedItem> Code(TimelineEntry entry)
    {
        var code = AdministrationCodes.InitialCode(entry.Kind);
        var pump = entry.Kind == ServiceKind.ChemotherapyPump;
        var label = InitialCoder.Label(entry.Kind);
        var why = pump
            ? "Prolonged chemotherapy infusion started on a pump, more than 8 hours (replaces 96413/96415 for that drug)"
            : $"{char.ToUpperInvariant(label[0])}{label[1..]}, reported per injection even when not the initial service";
        List<string> rules = [.. InitialCoder.KindRules(entry.Kind)];
        if (!pump)
        {
            rules.Add(AdministrationRules.AdmInj03.Id);
        }

        return
        [
            new CodedItem(code, 1, [entry], rules, why, Text.Describe(entry), AdministrationCodes.Order(code))
            {
                Category = entry.Kind == ServiceKind.HormonalInjection ? DrugCategory.HormonalAntineoplastic : entry.Category,
                Minutes = entry.Minutes,
            },
        ];
    }
}
